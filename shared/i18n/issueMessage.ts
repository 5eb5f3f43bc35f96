/**
 * An import issue's sentence in a language: its `importIssue.<code>` template filled with
 * its params, a field's code (the `field` param) named in that language. The import
 * writes the English one for the CLI; the renderer writes the UI's.
 */
import type { UiLanguage } from '../document';
import type { ImportIssueCode, MappingField } from '../importModel';
import { fieldName } from './fieldNames';
import { messageKey, translate, type NumberText } from './index';

/** `numberText` writes the number parameters (the renderer's groups their digits; the CLI's are plain). */
export function issueMessage(
  language: UiLanguage,
  code: ImportIssueCode,
  params: Record<string, string | number>,
  numberText?: NumberText,
): string {
  const { field } = params;
  return translate(
    language,
    messageKey(`importIssue.${code}`),
    { ...params, ...(typeof field === 'string' && { field: fieldName(field as MappingField, language) }) },
    numberText,
  );
}
