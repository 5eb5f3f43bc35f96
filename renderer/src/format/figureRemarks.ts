/** The sentence saying why a row's figure should be read with care, in the UI language; null when it is sound. */
import type { FigureId, RowFigures } from '../../../shared/figures/figureTypes';
import { figureUncertainty, uncertaintyText } from '../../../shared/figures/uncertainty';
import type { Translate } from '../i18n/I18nContext';

export function uncertaintyNote(id: FigureId, row: Readonly<RowFigures>, t: Translate): string | null {
  const uncertainty = figureUncertainty(id, row);
  if (uncertainty === null) return null;
  const { key, params } = uncertaintyText(uncertainty);
  return t(key, params);
}
