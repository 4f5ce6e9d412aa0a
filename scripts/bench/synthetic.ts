/**
 * The site at scale: copies the project into a temporary folder, adds N synthetic survivor articles in every
 * locale (1,000 by default), builds it with the real config and every local plugin, and measures the build and
 * the search. The generated articles obey the content rules (the build refuses them otherwise), so this measures
 * our own pipeline, not a stripped-down one. `npm run bench -- --scale` calls it; on its own:
 *   npx tsx scripts/bench/synthetic.ts --articles 50
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {Browser} from 'playwright-core';
import {timedBuild} from './build';
import {median, searchLatency} from './latency';
import {serveBuild} from '../support/server';
import {guardedContext, launchBrowser} from '../support/browser';
import {defaultLocale, localePrefix, locales, type Locale} from '../../src/config/locales';
import {contentHash, requiredSections} from '../../src/content/articles';
import {checkProject} from '../../src/content/project';
import {ContentError} from '../../src/content/issues';
import type {HelpKind} from '../../src/content/schema';

const siteDir = path.resolve(__dirname, '../..');
/** Generated, cached or version-control folders: never part of a fresh copy of the site. */
const notCopied = new Set(['node_modules', 'build', '.docusaurus', '.git', '.cache-loader', 'coverage', 'test-results', 'tmp']);
const searchRuns = 5;
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
  /** A word of the vocabulary, so every search finds results and has to rank them. */
  query: string;
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
    query: 'phone',
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
    query: 'teléfono',
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
    query: 'téléphone',
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
    query: 'هاتف',
    words: (
      'هاتف حساب تطبيق رمز كلمة مرور بريد رسالة خريطة سيارة منزل صديقة مستشارة خطة خطوة مساعدة آمن وقت ملاحظة ' +
      'جهاز مفتاح قفل شاشة صورة قائمة بنك بطاقة مشاركة تحقق تغيير حفظ اتصال نص موقع بحث فتح إغلاق جلسة نسخة سحابة ' +
      'تنبيه اسم مكان مدرسة عمل محكمة بلاغ لوحي حاسوب موجه كاميرا سماعة علامة رقم فاتورة أدلة شبكة خاص سجل ' +
      'إعدادات أمان في من إلى على و'
    ).split(' '),
  },
};

const helpKindPairs: HelpKind[][] = [
  ['hotline', 'tech-safety'],
  ['tech-safety', 'legal'],
  ['hotline', 'shelter'],
  ['legal', 'hotline'],
];

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
    // Reviewed today (UTC, as the checker counts): never in the future, never stale.
    `last_reviewed: ${new Date().toISOString().slice(0, 10)}`,
    `steps_checked: {how: help-pages, date: ${new Date().toISOString().slice(0, 10)}}`,
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
    `- [${t.title} ${number}, ${word()}](https://example.org/synthetic/${number}/1)`,
    `- [${t.title} ${number}, ${word()}](https://example.org/synthetic/${number}/2)`,
    '',
  ].join('\n');
}

/** Digits in an article number: article-0001, so the files also sort in order. */
const widthFor = (articles: number) => Math.max(4, String(articles).length);

/** A copy of the site with `articles` synthetic articles in every locale, in the survivor sidebar. */
function createSite(dir: string, articles: number): void {
  for (const entry of fs.readdirSync(siteDir)) {
    if (!notCopied.has(entry)) fs.cpSync(path.join(siteDir, entry), path.join(dir, entry), {recursive: true});
  }
  // The real path: this worktree's node_modules may itself be a link.
  fs.symlinkSync(fs.realpathSync(path.join(siteDir, 'node_modules')), path.join(dir, 'node_modules'), 'dir');

  const width = widthFor(articles);
  fs.mkdirSync(path.join(dir, 'docs/synthetic'), {recursive: true});
  const ids: string[] = [];
  for (let index = 1; index <= articles; index += 1) {
    const file = `synthetic/article-${String(index).padStart(width, '0')}.mdx`;
    const english = articleText(defaultLocale, index, width);
    fs.writeFileSync(path.join(dir, 'docs', file), english);
    // Each translation records the English hash, as `npm run translation:done` would: up to date, no warnings.
    const hash = contentHash(english);
    for (const locale of locales.filter((l) => l !== defaultLocale)) {
      const target = path.join(dir, 'i18n', locale, 'docusaurus-plugin-content-docs/current', file);
      fs.mkdirSync(path.dirname(target), {recursive: true});
      fs.writeFileSync(target, articleText(locale, index, width, hash));
    }
    ids.push(file.replace(/\.mdx$/, ''));
  }

  // The survivor sidebar lists its guides: keep it and add the synthetic ones, in collapsed groups.
  fs.renameSync(path.join(dir, 'sidebars.ts'), path.join(dir, 'sidebars.base.ts'));
  const groups = Array.from({length: Math.ceil(ids.length / categorySize)}, (_, g) => ({
    type: 'category',
    // Labels are translation keys, so each must be unique.
    label: `Synthetic ${g * categorySize + 1}-${Math.min(ids.length, (g + 1) * categorySize)}`,
    collapsed: true,
    items: ids.slice(g * categorySize, (g + 1) * categorySize),
  }));
  const synthetic = {type: 'category', label: 'Synthetic articles', collapsed: true, items: groups};
  fs.writeFileSync(
    path.join(dir, 'sidebars.ts'),
    `import base from './sidebars.base';\n\nexport default {...base, survivor: [...base.survivor, ${JSON.stringify(synthetic)}]};\n`,
  );
}

/** Search latency as scripts/bench.ts measures it, in a fresh context each run: every run is a first visit. */
async function firstVisitSearch(browser: Browser, origin: string, url: string, query: string): Promise<number> {
  const {context} = await guardedContext(browser, origin, {viewport: {width: 1280, height: 900}});
  try {
    return await searchLatency(await context.newPage(), url, query);
  } finally {
    await context.close();
  }
}

type Run = {
  result: {articles: number; locales: number; buildSeconds: number; peakMiB: number; searchMs: number};
  searchMsByLocale: Record<Locale, number>;
};

async function run(articles: number): Promise<Run> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'help-center-synthetic-'));
  const remove = () => fs.rmSync(dir, {recursive: true, force: true});
  // Ctrl-C during a long build should not leave thousands of files behind either.
  const onSignal = () => {
    remove();
    process.exit(130);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const previousCacheSetting = process.env.DOCUSAURUS_NO_PERSISTENT_CACHE;
  try {
    createSite(dir, articles);
    // The build runs these same checks (schema, sections, links, reading grade, translations) but its output is
    // hidden; checking first names the file and the fix.
    const report = checkProject(dir, new Date());
    if (report.issues.some((issue) => issue.severity === 'error')) throw new ContentError(report.issues);
    // Rspack's persistent cache lives in node_modules/.cache, which is the shared, linked node_modules: a
    // throwaway site must not fill it, and a cold build is what a fresh checkout of a large site costs.
    process.env.DOCUSAURUS_NO_PERSISTENT_CACHE = 'true';
    const build = await timedBuild(dir);

    const server = await serveBuild(path.join(dir, 'build'));
    const browser = await launchBrowser();
    const searchMsByLocale = {} as Record<Locale, number>;
    try {
      for (const locale of locales) {
        const url = `${server.origin}${localePrefix(locale)}/synthetic/article-${'1'.padStart(widthFor(articles), '0')}`;
        const runs: number[] = [];
        for (let i = 0; i < searchRuns; i += 1) runs.push(await firstVisitSearch(browser, server.origin, url, text[locale].query));
        searchMsByLocale[locale] = median(runs);
      }
    } finally {
      await browser.close();
      await server.close();
    }
    return {
      result: {
        articles,
        locales: locales.length,
        buildSeconds: Number(build.seconds.toFixed(1)),
        peakMiB: build.peakMiB,
        // The slowest locale's median: the figure some readers get, not an average that hides them.
        searchMs: Math.max(...Object.values(searchMsByLocale)),
      },
      searchMsByLocale,
    };
  } finally {
    if (previousCacheSetting === undefined) delete process.env.DOCUSAURUS_NO_PERSISTENT_CACHE;
    else process.env.DOCUSAURUS_NO_PERSISTENT_CACHE = previousCacheSetting;
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    remove();
  }
}

/** Builds the site with `articles` synthetic articles (default 1,000) in each locale and measures it. */
export async function benchSynthetic(options: {articles?: number} = {}): Promise<{
  articles: number;
  locales: number;
  buildSeconds: number;
  peakMiB: number;
  searchMs: number;
}> {
  return (await run(options.articles ?? 1000)).result;
}

if (require.main === module) {
  const flag = process.argv.findIndex((arg) => arg === '--articles' || arg.startsWith('--articles='));
  const value = flag < 0 ? undefined : (process.argv[flag]!.split('=')[1] ?? process.argv[flag + 1]);
  const articles = value === undefined ? 1000 : Number(value);
  if (!Number.isInteger(articles) || articles < 1) throw new Error('--articles takes a whole number, at least 1');
  run(articles).then(
    ({result, searchMsByLocale}) => {
      console.error(`search ms by locale (median of ${searchRuns}): ${JSON.stringify(searchMsByLocale)}`);
      console.log(JSON.stringify(result, null, 2));
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
