import { describe, expect, it } from 'vitest';
import { translate } from '../../shared/i18n';
import { senderProblem, type FrameFacts } from './senderCheck';

/** The refusal as the English catalog words it (the main side's log and the message of its error). */
const problem = (facts: FrameFacts) => {
  const key = senderProblem(facts);
  return key && translate('en', key);
};

const appMainFrame = { processId: 4, routingId: 1 };
const fromApp = { processId: 4, routingId: 1, url: 'app://pito/index.html' };

describe('senderProblem', () => {
  it('accepts the main frame of the app window on an app:// page', () => {
    expect(problem({ sender: fromApp, appMainFrame })).toBeNull();
  });

  it('refuses a subframe of the app window', () => {
    expect(problem({ sender: { ...fromApp, routingId: 7 }, appMainFrame })).toBe(
      'Only the top-level frame of the app window may send IPC messages.',
    );
  });

  it('refuses another window, even one showing an app:// page', () => {
    expect(problem({ sender: { ...fromApp, processId: 9 }, appMainFrame })).toBe(
      'Only the top-level frame of the app window may send IPC messages.',
    );
  });

  it.each(['https://evil.example/', 'file:///tmp/page.html', 'app://other/index.html', 'about:blank'])(
    'refuses the app window showing %s',
    (url) => {
      expect(problem({ sender: { ...fromApp, url }, appMainFrame })).toBe(
        'Only pages of the app itself may send IPC messages.',
      );
    },
  );

  it('refuses a message whose frame is gone, or when no window is open', () => {
    expect(problem({ sender: null, appMainFrame })).toBe('The frame that sent the message no longer exists.');
    expect(problem({ sender: fromApp, appMainFrame: null })).toBe('The app window is not open.');
  });
});
