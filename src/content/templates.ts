/** What `npm run new:article` and `npm run new:update` write; the sample text to replace is in ./placeholders.ts. */
import {requiredSections} from './articles';
import {placeholders} from './placeholders';

export function articleTemplate(slug: string, title: string, today: string): string {
  const [signs, options, limits, getHelp, sources] = requiredSections.map((section) => section.heading);
  return `---
title: ${JSON.stringify(title)}
description: ${JSON.stringify(placeholders.description)}
slug: /${slug}
last_reviewed: ${today}
steps_checked: {how: help-pages, date: ${today}}
help_kinds: [hotline, tech-safety]
---

:::safety[Before you change anything]

Any change you make may be noticed by the person who is harming you, and that can make things more dangerous.

- Save evidence first. See [Saving evidence of tech abuse](/documenting-evidence).
- Use a safer device to read this and to plan. That means a phone or computer the person has never had access
  to. It must also not be signed in to any account they use or can get into, such as a shared Apple Account,
  Google account or family group.
- Talk with an advocate before you change anything. [Find help near you](/get-help).
- Before each step, see what we know about who is told: [Who gets told?](/who-gets-told).

:::

${signs}

- ${placeholders.signs}

${options}

${placeholders.option}

${placeholders.optionText}

1. <Risk action="general-sign-in-new-device" /> ${placeholders.step}

${limits}

No app or step can promise that you are safe. ${placeholders.limits}

${getHelp}

<GetHelp kinds={["hotline", "tech-safety"]} />

${sources}

- [The page you checked each fact against](${placeholders.source})
`;
}

export function updateTemplate(today: string): string {
  return `---
title: What changed
description: ${JSON.stringify(placeholders.updateDescription)}
date: ${today}
tags: [site]
---

${placeholders.updateText}

{/* truncate */}

${placeholders.updateDetails}
`;
}
