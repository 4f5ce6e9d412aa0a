// Wraps the theme's MDX components so articles can use <GetHelp>, <Org>, <Risk> (with its <RiskNote>) and <WhoGetsTold> without importing them.
import MDXComponents from '@theme-original/MDXComponents';
import GetHelp from '@site/src/components/GetHelp';
import Org from '@site/src/components/Org';
import Risk from '@site/src/components/Risk';
import RiskNote from '@site/src/components/RiskNote';
import WhoGetsTold from '@site/src/components/WhoGetsTold';

export default {...MDXComponents, GetHelp, Org, Risk, RiskNote, WhoGetsTold};
