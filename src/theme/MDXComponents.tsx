// Wraps the theme's MDX components so articles can use <GetHelp>, <Org> and <Risk> (with its <RiskNote>) without
// importing them. The company's <ProductNote> and <EscalationContacts> are imported by the pages that show them
// (src/plugins/company/remark.ts), so no other page downloads them.
import MDXComponents from '@theme-original/MDXComponents';
import GetHelp from '@site/src/components/GetHelp';
import Org from '@site/src/components/Org';
import Risk from '@site/src/components/Risk';
import RiskNote from '@site/src/components/RiskNote';

export default {...MDXComponents, GetHelp, Org, Risk, RiskNote};
