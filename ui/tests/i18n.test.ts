import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { nb } from '../src/lib/i18n/nb';
import { en } from '../src/lib/i18n/en';
import { translate, pickLanguage, locale } from '../src/lib/i18n/translate';
import { CHART_TYPES, DATA_KINDS, DIRECTIONS, FREQUENCIES, MEASURE_KINDS, RULE_SETS } from '../src/lib/measureForm';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(svelte|ts)$/.test(name) ? [path] : [];
  });
}

describe('the two languages', () => {
  it('have exactly the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nb).sort());
  });

  it('have no empty text', () => {
    for (const [key, text] of [...Object.entries(nb), ...Object.entries(en)]) expect(text.trim(), key).not.toBe('');
  });

  it('use the same placeholders in each text', () => {
    for (const key of Object.keys(nb) as (keyof typeof nb)[]) expect(placeholders(en[key]), key).toEqual(placeholders(nb[key]));
  });

  it('translate every key the screens use, also keys built from enum values', () => {
    const src = join(__dirname, '..', 'src');
    const used = new Set<string>();
    const prefixes = new Set<string>();
    for (const file of sourceFiles(src)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\(\s*'([\w.]+)'/g)) used.add(m[1]);
      for (const m of text.matchAll(/\bt\(\s*`([\w.]+)\.\$\{/g)) prefixes.add(m[1] + '.');
    }
    expect(used.size).toBeGreaterThan(50);
    for (const key of used) expect(key in nb, `«${key}» is used but not translated`).toBe(true);
    for (const prefix of prefixes) expect(Object.keys(nb).some((k) => k.startsWith(prefix)), prefix).toBe(true);
  });

  it('name every value of the enums the screens translate', () => {
    const families: Record<string, string[]> = {
      'chartType.': ['RUN', 'I', 'MR', 'XBAR', 'S', 'P', 'PP', 'C', 'U', 'UP', 'G', 'T'],
      'ruleSet.': ['ANHOEJ', 'IHI', 'NHS'],
      'direction.': ['NEUTRAL', 'UP', 'DOWN'],
      'areaStatus.': ['IDEA', 'CHOSEN', 'TESTING', 'IMPLEMENTING', 'SUSTAINING', 'CLOSED', 'STALLED', 'ABANDONED'],
      'overview.status.': ['ACTIVE', 'NOT_STARTED', 'STALLED'],
      'log.periodHint.': ['DAY', 'WEEK', 'MONTH'],
      'meeting.state.': ['PLANNED', 'OPEN', 'CLOSED'],
      'attendance.': ['PRESENT', 'ABSENT', 'EXCUSED'],
      'voting.state.': ['NOT_OPEN', 'OPEN', 'CLOSED'],
      'report.': ['tested', 'dataShows', 'learned', 'nextSteps', 'helpNeeded', 'testedHint', 'dataShowsHint', 'learnedHint', 'nextStepsHint', 'helpNeededHint'],
      'role.network.': ['FACILITATOR', 'PARTICIPANT', 'READER'],
      'role.service.': ['LEADER', 'STAFF', 'MEASUREMENT_LEAD', 'PHYSICIAN', 'USER_REPRESENTATIVE', 'OTHER'],
      'error.': ['unauthenticated', 'forbidden', 'rateLimited', 'tooLarge', 'network', 'server', 'request'],
      // The service, area, measure and PDSA screens.
      'serviceRole.': ['LEADER', 'STAFF', 'MEASUREMENT_LEAD', 'PHYSICIAN', 'USER_REPRESENTATIVE', 'OTHER'],
      'measureKind.': ['OUTCOME', 'PROCESS', 'BALANCING'],
      'frequency.': ['DAY', 'WEEK', 'MONTH'],
      'measure.better.': ['UP', 'DOWN'],
      'driver.kind.': ['PRIMARY', 'SECONDARY', 'CHANGE_IDEA'],
      'rating.rater.': ['TEAM', 'FACILITATOR'],
      'pdsaStatus.': ['PLANNED', 'DOING', 'STUDYING', 'ACTING', 'COMPLETED'],
      'pdsaDecision.': ['ADOPT', 'ADAPT', 'ABANDON'],
      'pdsa.phase.': ['plan', 'do', 'study', 'act'],
      'pdsa.stepState.': ['done', 'current', 'open', 'blocked'],
      'pdsa.blocked.': ['predictionsFirst', 'startFirst', 'studyFirst'],
      'chart.signal.': ['signal', 'improvement', 'concern', 'excluded'],
      // A service starting its work: every choice the measure form offers.
      'measureForm.dataKind.': [...DATA_KINDS],
      'measureForm.frequency.': [...FREQUENCIES],
      'measureForm.better.': [...DIRECTIONS],
      'chartSettings.ruleSet.': ['ANHOEJ', 'IHI', 'NHS'],
    };
    for (const [prefix, values] of [['measureKind.', MEASURE_KINDS], ['chartType.', CHART_TYPES], ['ruleSet.', RULE_SETS]] as const)
      for (const value of values) expect(prefix + value in nb, prefix + value).toBe(true);
    for (const [prefix, values] of Object.entries(families))
      for (const value of values) expect(prefix + value in nb, prefix + value).toBe(true);
  });
});

describe('translate', () => {
  it('fills in named parameters', () => {
    expect(translate('nb', 'layout.signedInAs', { name: 'Kari' })).toBe('Innlogget som Kari');
    expect(translate('en', 'calc.problem.notANumber', { line: 3, text: 'fire' })).toBe('Line 3: “fire” is not a number.');
  });

  it('leaves an unknown parameter as it is', () => {
    expect(translate('nb', 'layout.signedInAs', {})).toBe('Innlogget som {name}');
  });
});

describe('choosing the language', () => {
  it('is bokmål unless English was asked for or chosen before', () => {
    expect(pickLanguage(null, null)).toBe('nb');
    expect(pickLanguage('en', null)).toBe('en');
    expect(pickLanguage('nb', 'en')).toBe('en');
    expect(pickLanguage('de', 'fr')).toBe('nb');
  });

  it('formats with Norwegian or British conventions', () => {
    expect(locale('nb')).toBe('nb-NO');
    expect(locale('en')).toBe('en-GB');
  });
});
