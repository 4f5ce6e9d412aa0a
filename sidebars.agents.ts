import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';

// The agent hub's own sidebar (docs instance `agents`, routes under /agents).
const sidebars = {
  agents: [
    'index',
    'how-to-respond',
    'forms-of-tech-abuse',
    'never-overpromise',
    'verifying-identity',
    'referring',
    'escalating',
    'sharing-safely',
    {
      type: 'category',
      label: 'Training scenarios',
      collapsible: false,
      link: {type: 'doc', id: 'scenarios/index'},
      items: [
        'scenarios/stalkerware-suspicion',
        'scenarios/hijacked-account',
        'scenarios/shared-account-location',
        'scenarios/find-their-ip',
        'scenarios/agent-affected',
        'scenarios/not-ready',
        'scenarios/intimate-images',
        'scenarios/impersonation',
        'scenarios/smart-home',
        'scenarios/child-device',
        'scenarios/account-in-their-name',
        'scenarios/family-plan',
        'scenarios/posting-photos',
        'scenarios/child-tablet',
      ],
    },
    'caring-for-yourself',
    'counting-cases',
    'quick-reference',
  ],
} satisfies SidebarsConfig;

export default sidebars;
