/**
 * Local plugin: the company's colours (company/company.ts) as a stylesheet loaded after ours. Its product notes
 * and escalation contacts reach pages through ./remark.ts; its name, logo and locales through the config.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {company} from '../../config/company';
import {colorsCss} from './colors';

// The company is read here, not passed as an option: Docusaurus ships plugin options in every page's main bundle.
export default function companyPlugin(context: LoadContext): Plugin {
  const stylesheet = path.join(context.generatedFilesDir, 'company', 'colors.css');
  if (company.colors) {
    fs.mkdirSync(path.dirname(stylesheet), {recursive: true});
    fs.writeFileSync(stylesheet, colorsCss(company.colors));
  }
  return {
    name: 'company',
    getClientModules() {
      return company.colors ? [stylesheet] : [];
    },
  };
}
