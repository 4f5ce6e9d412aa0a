// Wraps the theme's MDX components so articles can use <GetHelp>, <Org> and <Risk> (with its <RiskNote>), and the
// company's <ProductNote> and <EscalationContacts>, without importing them.
import MDXComponents from '@theme-original/MDXComponents';
import EscalationContacts from '@site/src/components/EscalationContacts';
import GetHelp from '@site/src/components/GetHelp';
import Org from '@site/src/components/Org';
import ProductNote from '@site/src/components/ProductNote';
import Risk from '@site/src/components/Risk';
import RiskNote from '@site/src/components/RiskNote';

export default {...MDXComponents, EscalationContacts, GetHelp, Org, ProductNote, Risk, RiskNote};
