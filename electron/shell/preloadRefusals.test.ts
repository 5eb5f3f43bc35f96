import { describe, expect, it } from 'vitest';
import { translate } from '../../shared/i18n';
import { preloadRefusal, type PreloadRefusal } from './preloadRefusals';

describe('the preload’s refusals', () => {
  it.each<PreloadRefusal>(['pageNamedPath', 'notAFile'])(
    '%s carries its reason, its message the catalog’s English',
    (which) => {
      const result = preloadRefusal(which);
      if (result.ok) throw new Error('expected a refusal');
      const { reason, message } = result.error;
      expect(reason).toBeDefined();
      expect(message).toBe(translate('en', reason!.key, reason!.params));
      expect(translate('fi', reason!.key, reason!.params)).not.toBe(message);
    },
  );
});
