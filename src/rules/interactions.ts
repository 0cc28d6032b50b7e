/**
 * Interactions with medications active at asOf, and smoking (spec §6). Names are matched as
 * whole words, case-insensitively, against every name of the record: product codes are not
 * ingredient codes, so we match names.
 */
import { toIsoDate } from './dates';
import { type Ctx, makeFinding } from './context';
import { covers, endOf, startOf } from './medication-activity';
import { dosagesWords } from './dose-words';
import { sourceOf } from './sources';
import type { Evidence, Finding, FindingCode, MedicationRecord } from './types';

/** An ingredient and its synonyms; each synonym is a list of words that must all be present. */
interface Ingredient {
  readonly name: string;
  readonly synonyms: readonly (readonly string[])[];
}

const ing = (name: string, ...alts: readonly (string | readonly string[])[]): Ingredient => ({
  name,
  synonyms: [[name], ...alts.map((a) => (typeof a === 'string' ? [a] : a))],
});

/** US 7.1: CYP1A2 inhibitors raise riluzole exposure ("more adverse reactions"). */
export const CYP1A2_INHIBITORS: readonly Ingredient[] = [
  ing('ciprofloxacin'),
  ing('enoxacin'),
  ing('fluvoxamine'),
  ing('methoxsalen'),
  ing('mexiletine'),
  ing('thiabendazole'),
  ing('vemurafenib'),
  ing('zileuton'),
  // Oral contraceptives: the estrogen component is the CYP1A2 inhibitor.
  ing('ethinyl estradiol', 'ethinylestradiol'),
  ing('mestranol'),
];

/** US 7.2 and the FDA CYP table: CYP1A2 inducers lower riluzole exposure ("less efficacy"). */
export const CYP1A2_INDUCERS: readonly Ingredient[] = [
  ing('phenytoin'),
  ing('rifampin', 'rifampicin'),
  ing('ritonavir'),
  ing('teriflunomide'),
];

/**
 * US 7.3 and LiverTox category A. Statins, ibuprofen and erythromycin are left out on purpose
 * (common in ALS, low yield: alarm fatigue); a clinic adds them with `extraHepatotoxic`.
 */
export const HEPATOTOXIC: readonly Ingredient[] = [
  ing('allopurinol'),
  ing('methyldopa'),
  ing('sulfasalazine'),
  ing('amiodarone'),
  ing('amoxicillin-clavulanate', 'co-amoxiclav', ['amoxicillin', 'clavulanate'], ['amoxicillin', 'clavulanic']),
  ing('azathioprine'),
  ing('carbamazepine'),
  ing('dantrolene'),
  ing('diclofenac'),
  ing('isoniazid'),
  ing('ketoconazole'),
  ing('methotrexate'),
  ing('nitrofurantoin'),
  ing('valproate', 'valproic acid', 'divalproex', 'sodium valproate'),
  ing('sulfamethoxazole-trimethoprim', 'co-trimoxazole', ['sulfamethoxazole', 'trimethoprim']),
  ing('minocycline'),
  ing('phenytoin'),
  ing('rifampin', 'rifampicin'),
];

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One compiled pattern per word: every active medication is checked against every ingredient. */
const WORD_PATTERNS = new Map<string, { readonly literal: string; readonly pattern: RegExp }>();

/** Whole word: not preceded or followed by a letter or digit ("phenytoin" ≠ "fosphenytoin"). */
function hasWord(text: string, word: string): boolean {
  let compiled = WORD_PATTERNS.get(word);
  if (compiled === undefined) {
    const literal = word.toLowerCase();
    compiled = { literal, pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escape(literal)}(?![\\p{L}\\p{N}])`, 'u') };
    WORD_PATTERNS.set(word, compiled);
  }
  // The pattern matches only where the word itself occurs: most names are ruled out without it.
  return text.includes(compiled.literal) && compiled.pattern.test(text);
}

/** Does any name of the record name the ingredient (all words of one synonym in one name)? */
export function namesIngredient(names: readonly string[], ingredient: Ingredient): boolean {
  return names.some((n) => {
    const lower = n.toLowerCase();
    return ingredient.synonyms.some((words) => words.every((w) => hasWord(lower, w)));
  });
}

function recordNames(m: MedicationRecord): string[] {
  return [...(Array.isArray(m.names) ? m.names : []), m.display].filter((n): n is string => typeof n === 'string');
}

/**
 * What each interaction means for the patient (spec §6 "Severity": "more adverse reactions",
 * "less efficacy", "higher risk of liver injury"; EU 4.5 for smoking). The finding texts and the
 * screen's summary line both say it in these words.
 */
export const INTERACTION_EFFECT = {
  'interaction.cyp1a2-inhibitor': 'raises riluzole levels: more adverse reactions',
  'interaction.cyp1a2-inducer': 'lowers riluzole levels: less efficacy',
  'interaction.hepatotoxic': 'higher risk of liver injury with riluzole',
  'interaction.smoking': 'lowers riluzole levels',
} as const satisfies Partial<Record<FindingCode, string>>;

interface Group {
  readonly code: FindingCode;
  readonly list: readonly Ingredient[];
  readonly title: string;
  readonly effect: string;
}

/**
 * Interaction findings for medications active at asOf (same rule as a riluzole record; the end
 * may also come from the prescription's validity period) and for current smoking.
 */
export function interactionFindings(ctx: Ctx): Finding[] {
  const extra = ctx.settings.extraHepatotoxic.map((n) => ing(n));
  const groups: readonly Group[] = [
    {
      code: 'interaction.cyp1a2-inhibitor',
      list: CYP1A2_INHIBITORS,
      title: 'CYP1A2 inhibitor',
      effect: `inhibits CYP1A2 and ${INTERACTION_EFFECT['interaction.cyp1a2-inhibitor']}`,
    },
    {
      code: 'interaction.cyp1a2-inducer',
      list: CYP1A2_INDUCERS,
      title: 'CYP1A2 inducer',
      effect: `induces CYP1A2 and ${INTERACTION_EFFECT['interaction.cyp1a2-inducer']}`,
    },
    {
      code: 'interaction.hepatotoxic',
      list: [...HEPATOTOXIC, ...extra],
      title: 'Liver-toxic co-medication',
      effect: `is liver-toxic: ${INTERACTION_EFFECT['interaction.hepatotoxic']}`,
    },
  ];
  const active = ctx.data.medications.filter((m) => !m.isRiluzole && covers(m, ctx.asOf, true));
  const out: Finding[] = [];
  for (const g of groups) {
    const hits: { med: MedicationRecord; ingredient: string }[] = [];
    for (const med of active) {
      const found = g.list.find((i) => namesIngredient(recordNames(med), i));
      if (found) hits.push({ med, ingredient: found.name });
    }
    if (hits.length === 0) continue;
    const isExtra = (name: string): boolean =>
      extra.some((e) => e.name === name) && !HEPATOTOXIC.some((h) => h.name === name);
    const detail = hits
      .map(({ med, ingredient }) => {
        // The dose and the end date say how long the interaction lasts (issue 12).
        const dose = dosagesWords(med.dosage);
        const end = endOf(med, true);
        const when = [
          ...(startOf(med) ? [`since ${startOf(med)}`] : []),
          end ? `until ${end}` : 'no end date recorded',
        ].join(', ');
        const extraWords = isExtra(ingredient) ? ', added by the clinic setting extraHepatotoxic' : '';
        return (
          `${med.display} (${ingredient}${extraWords}${dose ? `, ${dose}` : ''}; ` +
          `active ${med.resourceType} ${when}) ${g.effect}.`
        );
      })
      .join(' ');
    const evidence: Evidence[] = hits.map(({ med }) => ({
      resourceType: med.resourceType,
      id: med.id,
      display: med.display,
      ...(startOf(med) ? { date: startOf(med) } : {}),
    }));
    out.push(makeFinding(g.code, 'warning', g.title, detail, evidence, sourceOf(g.code, ctx.policy)));
  }
  const smoking = latestSmoking(ctx);
  if (smoking?.positive === true) {
    const date = toIsoDate(smoking.date);
    out.push(
      makeFinding(
        'interaction.smoking',
        'info',
        'Current smoker',
        `Smoking status "${smoking.valueText}"${date ? ` on ${date}` : ''}: smoking induces CYP1A2 ` +
          `and ${INTERACTION_EFFECT['interaction.smoking']}.`,
        [{ resourceType: 'Observation', id: smoking.id, display: smoking.display, ...(date ? { date } : {}) }],
        sourceOf('interaction.smoking', ctx.policy),
      ),
    );
  }
  return out;
}

type Coded = Ctx['data']['coded'][number];

/**
 * The latest usable smoking-status observation at any date up to asOf (spec §6). On one date the
 * worse one wins (spec §1 "Latest"): a current smoker before any other answer, then by id, so the
 * answer never depends on the order the EHR returned the records in.
 */
function latestSmoking(ctx: Ctx): Coded | undefined {
  const dated = ctx.data.coded.flatMap((o) => {
    const date = o.kind === 'smoking' && o.usable ? toIsoDate(o.date) : undefined;
    return date !== undefined && date <= ctx.asOf ? [{ o, date }] : [];
  });
  const worse = (x: Coded): number => (x.positive === true ? 1 : 0);
  dated.sort((a, b) =>
    a.date !== b.date
      ? b.date > a.date
        ? 1
        : -1
      : worse(b.o) - worse(a.o) || (a.o.id < b.o.id ? -1 : a.o.id > b.o.id ? 1 : 0),
  );
  return dated[0]?.o;
}
