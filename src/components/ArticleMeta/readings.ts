import {byDate, readingKinds} from '@site/src/content/reading-kinds';
import type {Reading} from '@site/src/content/schema';

type DatedReading = Pick<Reading, 'kind' | 'scope'> & {date: string};

/**
 * The readings a page shows: for each kind, the latest reading of the whole text, and a later reading of only its
 * changes when there is one. Older readings stay on record in the front matter.
 */
export function shownReadings<T extends DatedReading>(readings: readonly T[]): T[] {
  return readingKinds.flatMap((kind) => {
    const ofKind = readings.filter((reading) => reading.kind === kind).sort(byDate);
    const whole = ofKind.filter((reading) => reading.scope === 'whole').at(-1);
    const changes = ofKind.filter((reading) => reading.scope === 'changes' && (!whole || reading.date > whole.date)).at(-1);
    return [whole, changes].filter((reading): reading is T => reading !== undefined);
  });
}
