/**
 * Synthetic guides for measuring the site at scale (./scale.ts): N survivor guides in every locale, written into a
 * copy of this project or into the stock scaffold. In ours they obey every content rule (the build refuses them
 * otherwise, and tests/unit/synthetic.test.ts checks), so the real pipeline is measured, not a stripped-down one;
 * in stock they are the same words and headings in plain Markdown.
 */
import fs from 'node:fs';
import path from 'node:path';
import {defaultLocale, locales, type Locale} from '../../src/config/locales';
import {contentHash, requiredSections} from '../../src/content/articles';
import type {HelpKind} from '../../src/content/schema';
import {collectionOf, translationDir} from '../../src/content/collections';
import type {GuideExtras} from './guide-extras';

const guides = collectionOf('article');

const siteDir = path.resolve(__dirname, '../..');
/** Generated, cached or version-control folders: never part of a fresh copy of the site. */
const notCopied = new Set(['node_modules', 'build', 'build-company', '.docusaurus', '.git', '.cache-loader', 'coverage', 'test-results', 'tmp']);
/** Sidebar categories of this many articles: one flat list of 1,000 links would be on every page. */
const categorySize = 50;

type SectionId = (typeof requiredSections)[number]['id'];

/** What each locale's articles are made of: headings as the real translations word them, and a small vocabulary. */
type LocaleText = {
  callout: string;
  headings: Record<SectionId, string>;
  title: string;
  option: string;
  changes: string;
  risks: string;
  findHelp: string;
  seeAlso: string;
  /** Mostly short words: the English must stay at reading grade 8 or below, as every article must. */
  words: string[];
};

const text: Record<Locale, LocaleText> = {
  en: {
    callout: 'Before you change anything',
    headings: Object.fromEntries(requiredSections.map((s) => [s.id, s.heading.replace(/^##\s+|\s*\{#.*$/g, '')])) as Record<SectionId, string>,
    title: 'Synthetic guide',
    option: 'Option',
    changes: 'What it changes:',
    risks: 'What it risks:',
    findHelp: 'Find help near you',
    seeAlso: 'See also',
    words: (
      'phone account app code password email message map car home friend advocate plan step help safe time note ' +
      'device key lock screen photo list bank card share check change save keep call text track find open close sign ' +
      'reset backup cloud alert name place school work child court report tablet laptop watch router camera speaker ' +
      'tag signal number bill the your a can may you they and to if'
    ).split(' '),
  },
  es: {
    callout: 'Antes de cambiar nada',
    headings: {
      signs: 'Cuándo te sirve esta guía',
      options: 'Tus opciones',
      limits: 'Lo que esta guía no puede hacer',
      'get-help': 'Pedir ayuda',
      sources: 'Fuentes',
    },
    title: 'Guía sintética',
    option: 'Opción',
    changes: 'Qué cambia:',
    risks: 'Qué arriesga:',
    findHelp: 'Busca ayuda cerca de ti',
    seeAlso: 'Consulta también',
    words: (
      'teléfono cuenta aplicación código contraseña correo mensaje mapa coche casa amiga persona plan paso ayuda ' +
      'seguro tiempo nota dispositivo clave bloqueo pantalla foto lista banco tarjeta compartir revisar cambiar guardar ' +
      'llamar texto ubicación buscar abrir cerrar sesión copia nube aviso nombre lugar escuela trabajo juzgado denuncia ' +
      'tableta portátil cámara altavoz etiqueta número factura pruebas red privado historial ajustes seguridad el la ' +
      'tu puedes y de si'
    ).split(' '),
  },
  fr: {
    callout: 'Avant de changer quoi que ce soit',
    headings: {
      signs: 'Quand ce guide peut vous aider',
      options: 'Vos options',
      limits: 'Ce que cela ne peut pas faire',
      'get-help': "Obtenir de l'aide",
      sources: 'Sources',
    },
    title: 'Guide synthétique',
    option: 'Option',
    changes: 'Ce que cela change :',
    risks: 'Ce que cela risque :',
    findHelp: "Trouver de l'aide près de chez vous",
    seeAlso: 'Voir aussi',
    words: (
      'téléphone compte application code mot passe courriel message carte voiture maison amie conseillère plan ' +
      'étape aide sûr temps note appareil clé verrou écran photo liste banque partager vérifier changer garder appeler ' +
      'texte position chercher ouvrir fermer session sauvegarde nuage alerte nom lieu école travail tribunal plainte ' +
      'tablette ordinateur routeur caméra enceinte balise numéro facture preuves réseau privé historique réglages ' +
      'sécurité le la votre vous et de si'
    ).split(' '),
  },
  ar: {
    callout: 'قبل تغيير أي شيء',
    headings: {signs: 'متى يفيدك هذا الدليل', options: 'خياراتك', limits: 'ما لا تستطيع هذه الخطوات فعله', 'get-help': 'الحصول على مساعدة', sources: 'المصادر'},
    title: 'دليل تجريبي',
    option: 'خيار',
    changes: 'ما الذي يغيّره:',
    risks: 'ما الذي قد يسببه:',
    findHelp: 'ابحث عن مساعدة قريبة منك',
    seeAlso: 'انظر أيضًا',
    words: (
      'هاتف حساب تطبيق رمز كلمة مرور بريد رسالة خريطة سيارة منزل صديقة مستشارة خطة خطوة مساعدة آمن وقت ملاحظة ' +
      'جهاز مفتاح قفل شاشة صورة قائمة بنك بطاقة مشاركة تحقق تغيير حفظ اتصال نص موقع بحث فتح إغلاق جلسة نسخة سحابة ' +
      'تنبيه اسم مكان مدرسة عمل محكمة بلاغ لوحي حاسوب موجه كاميرا سماعة علامة رقم فاتورة أدلة شبكة خاص سجل ' +
      'إعدادات أمان في من إلى على و'
    ).split(' '),
  },
};

/** Two words of each locale's vocabulary, for a first and a later search: each finds results and has to rank them. */
export const searchWords: Record<Locale, [string, string]> = {
  en: ['phone', 'password'],
  es: ['teléfono', 'contraseña'],
  fr: ['téléphone', 'courriel'],
  ar: ['هاتف', 'حساب'],
};

const helpKindPairs: HelpKind[][] = [
  ['hotline', 'tech-safety'],
  ['tech-safety', 'legal'],
  ['hotline', 'shelter'],
  ['legal', 'hotline'],
];

/** Reviewed today (UTC, as the checker counts): never in the future, never stale. */
const today = () => new Date().toISOString().slice(0, 10);

/** mulberry32: a tiny seeded generator, so the same article gets the same words on every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function writer(locale: Locale, seed: number) {
  const random = seeded(seed * 8 + locales.indexOf(locale));
  const {words} = text[locale];
  const word = () => words[Math.floor(random() * words.length)]!;
  const sentence = () => {
    const line = Array.from({length: 5 + Math.floor(random() * 5)}, word).join(' ');
    return `${line.charAt(0).toUpperCase()}${line.slice(1)}.`;
  };
  const paragraph = (sentences: number) => Array.from({length: sentences}, sentence).join(' ');
  return {word, sentence, paragraph};
}

function articleText(locale: Locale, index: number, width: number, sourceHash?: string): string {
  const t = text[locale];
  const {word, sentence, paragraph} = writer(locale, index);
  const number = String(index).padStart(width, '0');
  const kinds = helpKindPairs[index % helpKindPairs.length]!;
  const heading = (id: SectionId) => `## ${t.headings[id]} {#${id}}`;
  const option = (n: number) =>
    [
      `### ${t.option} ${n}: ${word()} ${word()}`,
      '',
      `**${t.changes}** ${sentence()}`,
      `**${t.risks}** ${sentence()}`,
      '',
      paragraph(4),
      '',
      `1. <Risk action="general-sign-in-new-device" /> ${sentence()}`,
      `2. ${sentence()}`,
      `3. <Risk action="general-delete-messages-or-files" /> ${sentence()}`,
    ].join('\n');
  // Links to a real guide and to the previous synthetic one: both checkers (ours and Docusaurus's) follow them.
  const previous = index > 1 ? ` [${t.seeAlso}](/synthetic/article-${String(index - 1).padStart(width, '0')}#options).` : '';
  const frontMatter = [
    '---',
    // Quoted: a hash of digits only would otherwise be read as a number, which the schema refuses.
    ...(sourceHash ? [`source_hash: "${sourceHash}"`] : []),
    // JSON strings are valid YAML, so no word can break the front matter.
    `title: ${JSON.stringify(`${t.title} ${number} ${word()} ${word()}`)}`,
    `description: ${JSON.stringify(paragraph(2))}`,
    `slug: /synthetic/article-${number}`,
    `sidebar_position: ${100 + index}`,
    `last_reviewed: ${today()}`,
    `steps_checked: {how: help-pages, date: ${today()}}`,
    `help_kinds: [${kinds.join(', ')}]`,
    '---',
  ];
  return [
    ...frontMatter,
    '',
    `:::safety[${t.callout}]`,
    '',
    `${paragraph(2)} [${t.findHelp}](/get-help).`,
    '',
    ':::',
    '',
    heading('signs'),
    '',
    ...Array.from({length: 4}, () => `- ${sentence()}`),
    '',
    heading('options'),
    '',
    option(1),
    '',
    option(2),
    '',
    option(3),
    '',
    `${paragraph(1)} [${t.seeAlso}](/stalkerware#options).${previous}`,
    '',
    heading('limits'),
    '',
    ...Array.from({length: 2}, () => `- ${sentence()}`),
    '',
    heading('get-help'),
    '',
    paragraph(1),
    '',
    `<GetHelp kinds={${JSON.stringify(kinds)}} />`,
    '',
    heading('sources'),
    '',
    // Real vendor pages (the rules want sources from the owners of what a guide describes), the same for every guide.
    `- [${t.title} ${number}, ${word()}](https://support.apple.com/guide/personal-safety/ips41ef0e8c3/web)`,
    `- [${t.title} ${number}, ${word()}](https://support.google.com/accounts/answer/183723)`,
    '',
  ].join('\n');
}

/** The text with a reading on record for exactly that text, as a writer records a second reading or a review. */
function withReading(locale: Locale, article: string): string {
  const kind = locale === defaultLocale ? 'second-reading' : 'translation-review';
  const reading = {kind, date: today(), scope: 'whole', covered: 'synthetic text, generated for the benchmark', hash: contentHash(article)};
  return article.replace(/^---\n/, `---\nreadings: [${JSON.stringify(reading)}]\n`);
}

/** The synthetic guides in the sidebar: groups of `categorySize`, all collapsed, the same in both sites. */
function syntheticCategory(ids: string[]) {
  const groups = Array.from({length: Math.ceil(ids.length / categorySize)}, (_, g) => ({
    type: 'category',
    // Labels are translation keys, so each must be unique.
    label: `Synthetic ${g * categorySize + 1}-${Math.min(ids.length, (g + 1) * categorySize)}`,
    collapsed: true,
    items: ids.slice(g * categorySize, (g + 1) * categorySize),
  }));
  return {type: 'category', label: 'Synthetic articles', collapsed: true, items: groups};
}

/** A risky step's mark and note as plain Markdown, the note indented into the list item it follows. */
function stockRisk(extras: GuideExtras[Locale], number: string, action: string, rest: string): string {
  const mark = extras.marks[action];
  const [summary, ...facts] = extras.notes[action]?.split('\n\n') ?? [];
  if (!mark || !summary) throw new Error(`No mark or note for the risk action "${action}" in our built synthetic guides`);
  const indent = ' '.repeat(number.length + 2);
  const note = [`<details data-risk-note="${action}">`, `<summary>${summary}</summary>`, '', ...facts.flatMap((fact) => [fact, '']), '</details>'];
  return [`${number}. **${mark}** ${rest}`, '', ...note.map((line) => (line ? `${indent}${line}` : ''))].join('\n');
}

/** A Get help block as plain Markdown: the organizations our block lists for these kinds, in the same words. */
function stockGetHelp(extras: GuideExtras[Locale], kinds: string): string {
  const block = extras.getHelp[kinds];
  if (!block) throw new Error(`No Get help block for "${kinds}" in our built synthetic guides`);
  return [`<div data-get-help="${kinds}">`, '', block, '', '</div>'].join('\n');
}

/**
 * The same article for the stock scaffold: the same words and headings in plain Markdown. Our components become
 * what stock has (a warning admonition; the risk marks, notes and Get help block as the words our pages show, in
 * elements marked as ours are, so the same search settings leave them out of the index), our front matter fields are
 * dropped, and links point at the stock pages that play the part of ours (scripts/bench/stock.ts).
 */
function stockArticle(article: string, extras: GuideExtras[Locale]): string {
  const [, frontMatter, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(article)!;
  const kept = frontMatter!.split('\n').filter((line) => /^(title|description|slug|sidebar_position):/.test(line));
  const plainBody = body!
    // Stock's v4 flags turn off the `{#id}` heading syntax: its own is an MDX comment.
    .replace(/ \{#([\w-]+)\}$/gm, ' {/* #$1 */}')
    .replace(/^:::safety\[/m, ':::warning[')
    .replace(/^(\d+)\. <Risk action="([^"]+)" \/> (.*)$/gm, (_, number: string, action: string, rest: string) => stockRisk(extras, number, action, rest))
    .replace(/<GetHelp kinds=\{([^}]*)\} \/>/, (_, kinds: string) => stockGetHelp(extras, (JSON.parse(kinds) as string[]).join(' ')))
    .replace(/\]\(\/get-help\)/g, '](/markdown-page)')
    .replace(/\]\(\/stalkerware#options\)/g, '](/docs/intro)')
    .replace(/\]\(\/synthetic\//g, '](/docs/synthetic/');
  return `---\n${kept.join('\n')}\n---\n${plainBody}`;
}

/**
 * Writes `articles` synthetic articles into every locale of a site, in the given flavour (stock's with the words our
 * built guides add to theirs); returns their doc ids.
 */
function writeArticles(dir: string, articles: number, flavour: {ours: true} | {stock: GuideExtras}): string[] {
  const width = widthFor(articles);
  const ids: string[] = [];
  // Stock serves its docs from Docusaurus's default folders; ours from the guides collection's.
  const folders =
    'ours' in flavour ? {english: guides.dir, translations: translationDir(guides)} : {english: 'docs', translations: 'docusaurus-plugin-content-docs/current'};
  for (let index = 1; index <= articles; index += 1) {
    const file = `synthetic/article-${String(index).padStart(width, '0')}.mdx`;
    const english = articleText(defaultLocale, index, width);
    // Each translation records the English hash, as `npm run translation:done` would: up to date, no warnings.
    const hash = contentHash(english);
    for (const locale of locales) {
      const target = locale === defaultLocale ? path.join(dir, folders.english, file) : path.join(dir, 'i18n', locale, folders.translations, file);
      const article = locale === defaultLocale ? english : articleText(locale, index, width, hash);
      fs.mkdirSync(path.dirname(target), {recursive: true});
      fs.writeFileSync(target, 'ours' in flavour ? withReading(locale, article) : stockArticle(article, flavour.stock[locale]));
    }
    ids.push(file.replace(/\.mdx$/, ''));
  }
  return ids;
}

/**
 * Adds the synthetic articles to a stock scaffold (scripts/bench/stock.ts), grouped in its sidebar as in ours, with
 * the words our built guides show beyond their Markdown (`readGuideExtras` of `extrasSourceGuides`).
 */
export function addToStock(stockDir: string, articles: number, extras: GuideExtras): void {
  const ids = writeArticles(stockDir, articles, {stock: extras});
  const file = path.join(stockDir, 'sidebars.ts');
  const from = "tutorialSidebar: [{type: 'autogenerated', dirName: '.'}],";
  const sidebars = fs.readFileSync(file, 'utf8');
  if (!sidebars.includes(from)) throw new Error(`The stock scaffold's sidebars.ts has no \`${from}\`: update addToStock in scripts/bench/synthetic.ts.`);
  const tutorial = ['intro', ...['tutorial-basics', 'tutorial-extras'].map((dirName) => ({type: 'autogenerated', dirName}))];
  fs.writeFileSync(file, sidebars.replace(from, `tutorialSidebar: ${JSON.stringify([...tutorial, syntheticCategory(ids)])},`));
}

/** Digits in an article number: article-0001, so the files also sort in order. */
const widthFor = (articles: number) => Math.max(4, String(articles).length);

/** Our synthetic guides that together show every risk note and every Get help block the others do. */
export function extrasSourceGuides(articles: number): string[] {
  const width = widthFor(articles);
  return Array.from({length: Math.min(articles, helpKindPairs.length)}, (_, i) => `/synthetic/article-${String(i + 1).padStart(width, '0')}`);
}

/** The first synthetic guide's address (without a locale prefix), where the searches start. */
export function articleRoute(articles: number, flavour: 'ours' | 'stock'): string {
  return `${flavour === 'stock' ? '/docs' : ''}/synthetic/article-${'1'.padStart(widthFor(articles), '0')}`;
}

/** A copy of the site with `articles` synthetic articles in every locale, in the survivor sidebar. */
export function createSite(dir: string, articles: number): void {
  for (const entry of fs.readdirSync(siteDir)) {
    if (!notCopied.has(entry)) fs.cpSync(path.join(siteDir, entry), path.join(dir, entry), {recursive: true});
  }
  // The real path: this worktree's node_modules may itself be a link.
  fs.symlinkSync(fs.realpathSync(path.join(siteDir, 'node_modules')), path.join(dir, 'node_modules'), 'dir');

  const ids = writeArticles(dir, articles, {ours: true});

  // Every guide must be in a sidebar list and have a short link (the content check refuses one that is not): the
  // synthetic ones join the tools, and the sidebar shows them in collapsed groups instead of one list of 1,000 links.
  const edit = (file: string, from: string, to: string) => {
    const target = path.join(dir, file);
    const before = fs.readFileSync(target, 'utf8');
    if (!before.includes(from)) throw new Error(`${file} has no \`${from}\`: update createSite in scripts/bench/synthetic.ts.`);
    fs.writeFileSync(target, before.replace(from, to));
  };
  fs.appendFileSync(path.join(dir, 'src/config/guides.ts'), `toolGuides.push(...${JSON.stringify(ids)});\n`);
  const shortCodes = ids.map((id, i) => `  syn${i + 1}: '/${id}',\n`).join('');
  edit('src/config/shortLinks.ts', '} as const satisfies', `${shortCodes}} as const satisfies`);
  edit('sidebars.ts', 'items: toolGuides}', "items: toolGuides.filter((id) => !id.startsWith('synthetic/'))}");
  edit('sidebars.ts', '  ],\n} satisfies SidebarsConfig', `    ${JSON.stringify(syntheticCategory(ids))},\n  ],\n} satisfies SidebarsConfig`);
}
