/** Why figures of the whole range are blank, in the UI language (shared/figures/tableRange.ts). */
import type { RangeNote } from '../../../shared/figures/tableRange';
import { messageKey } from '../../../shared/i18n';
import type { Translate } from '../i18n/I18nContext';

export function rangeNoteText(note: RangeNote, t: Translate): string {
  return t(messageKey(`metric.rangeNote.${note}`));
}
