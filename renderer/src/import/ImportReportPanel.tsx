/** The last import's report: rows read, used and rejected, the columns read, and each problem in the UI language. */
import type { ImportReport } from '../../../shared/importModel';
import { useI18n } from '../i18n/I18nContext';
import { issueText } from './issueText';
import { ReportMapping } from './ReportMapping';

export function ImportReportPanel({ report }: { report: ImportReport | null }) {
  const { t, language } = useI18n();
  return (
    <section className="pito-panel" data-testid="import-report" aria-labelledby="import-report-title">
      <h2 id="import-report-title">{t('ui.report.title')}</h2>
      {!report && <p className="pito-muted">{t('ui.report.none')}</p>}
      {report && (
        <>
          <p data-testid="import-report-summary">
            {t('ui.report.summary', {
              file: report.sheet ? `${report.fileName} (${report.sheet})` : report.fileName,
              read: report.rowsRead,
              used: report.rowsUsed,
              rejected: report.rowsRejected,
            })}
          </p>
          <ReportMapping report={report} />
          {report.issues.length === 0 && <p>{t('ui.report.noIssues')}</p>}
          {report.issues.length > 0 && (
            <table className="pito-report-table">
              <thead>
                <tr>
                  <th scope="col">{t('ui.report.kind')}</th>
                  <th scope="col">{t('ui.report.row')}</th>
                  <th scope="col">{t('ui.report.column')}</th>
                  <th scope="col">{t('ui.report.problem')}</th>
                </tr>
              </thead>
              <tbody>
                {report.issues.map((issue, index) => (
                  <tr key={index} data-testid="import-issue" className={`pito-issue-${issue.severity}`}>
                    <td>{t(`ui.report.severity.${issue.severity}`)}</td>
                    <td>{issue.row ?? ''}</td>
                    <td>{issue.column ?? ''}</td>
                    <td>{issueText(issue, language)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {report.issuesOmitted > 0 && <p>{t('ui.report.omitted', { count: report.issuesOmitted })}</p>}
        </>
      )}
    </section>
  );
}
