import { translate } from '../../shared/i18n';

export function App() {
  return <h1 data-testid="app-title">{translate('en', 'metric.retentionRate.name')}</h1>;
}
