// The one tslib helper @docusaurus/utils-common uses, imported by name so the bundler leaves out the rest.
export {__importDefault} from 'tslib';
