import { Clock } from '@startbaan/platform';
import type { DataSource } from 'typeorm';
import { MonitoringService, monitoringCsv } from '@startbaan/programmes';

/**
 * `monitoring:csv`: a programme's monitoring report as WSP staff get it (every figure by the
 * cell-key method), by programme name: the latest snapshot, `baseline`, `close`, a snapshot id,
 * or `current` for the figures now.
 */
export async function monitoringCsvText(ds: DataSource, args: { programme: string; region: string | null; snapshot: string }): Promise<string> {
  const report = await new MonitoringService(ds, new Clock()).regionExport(args.region, args.programme, args.snapshot);
  return monitoringCsv(report).body;
}
