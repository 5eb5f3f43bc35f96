import { describe, expect, it } from 'vitest';
import { senderProblem } from './senderCheck';

const appMainFrame = { processId: 4, routingId: 1 };
const fromApp = { processId: 4, routingId: 1, url: 'app://pito/index.html' };

describe('senderProblem', () => {
  it('accepts the main frame of the app window on an app:// page', () => {
    expect(senderProblem({ sender: fromApp, appMainFrame })).toBeNull();
  });

  it('refuses a subframe of the app window', () => {
    expect(senderProblem({ sender: { ...fromApp, routingId: 7 }, appMainFrame })).toBe(
      'Only the top-level frame of the app window may send IPC messages.',
    );
  });

  it('refuses another window, even one showing an app:// page', () => {
    expect(senderProblem({ sender: { ...fromApp, processId: 9 }, appMainFrame })).toBe(
      'Only the top-level frame of the app window may send IPC messages.',
    );
  });

  it.each(['https://evil.example/', 'file:///tmp/page.html', 'app://other/index.html', 'about:blank'])(
    'refuses the app window showing %s',
    (url) => {
      expect(senderProblem({ sender: { ...fromApp, url }, appMainFrame })).toBe(
        'Only pages of the app itself may send IPC messages.',
      );
    },
  );

  it('refuses a message whose frame is gone, or when no window is open', () => {
    expect(senderProblem({ sender: null, appMainFrame })).toBe('The frame that sent the message no longer exists.');
    expect(senderProblem({ sender: fromApp, appMainFrame: null })).toBe('The app window is not open.');
  });
});
