import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useId } from 'react';

/**
 * A horizontal bar chart drawn as SVG and styled by the theme's tokens, with its figures as a
 * table for screen readers (the drawing itself is hidden from them). A figure that is null was
 * suppressed (a group too small to show): it gets no bar, and the chart and the table both say
 * so in words, never as 0.
 */
export interface Bar {
  label: string;
  value: number | null;
}

export function BarChart(props: { title: string; bars: Bar[]; suppressed: string; valueHead: string; labelHead: string; format: (n: number) => string; empty?: string; extra?: { head: string; values: (string | null)[] } }) {
  const id = useId();
  const max = Math.max(1, ...props.bars.map((b) => b.value ?? 0));
  // Each bar under its label: the label has the whole width, so nothing overlaps on a small phone.
  const row = 46;
  const height = props.bars.length * row + 4;
  return (
    <figure className="sb-chart" aria-labelledby={`${id}-t`}>
      <figcaption id={`${id}-t`} className="sb-chart-title">
        {props.title}
      </figcaption>
      {props.bars.length === 0 && props.empty && <p className="utrecht-paragraph">{props.empty}</p>}
      <svg role="presentation" aria-hidden="true" focusable="false" width="100%" height={height} className="sb-chart-svg">
        {props.bars.map((b, i) => {
          const y = i * row + 2;
          const w = b.value == null || b.value === 0 ? 0 : Math.max(0.5, (b.value / max) * 82);
          return (
            <g key={`${b.label}-${i}`}>
              <text x="0" y={y + 12} dominantBaseline="middle" className="sb-chart-label">
                {b.label}
              </text>
              {b.value == null ? (
                <text x="0" y={y + 32} dominantBaseline="middle" className="sb-chart-suppressed">
                  {props.suppressed}
                </text>
              ) : (
                <>
                  <rect x="0" y={y + 23} width={`${w}%`} height={18} className="sb-chart-bar" />
                  <text x={`${w + 1.5}%`} y={y + 32} dominantBaseline="middle" className="sb-chart-value">
                    {props.format(b.value)}
                  </text>
                </>
              )}
            </g>
          );
        })}
      </svg>
      <div className="sb-visually-hidden">
        <Table>
          <caption>{props.title}</caption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{props.labelHead}</TableHeaderCell>
              <TableHeaderCell scope="col">{props.valueHead}</TableHeaderCell>
              {props.extra && <TableHeaderCell scope="col">{props.extra.head}</TableHeaderCell>}
            </TableRow>
          </TableHeader>
          <TableBody>
            {props.bars.map((b, i) => (
              <TableRow key={`${b.label}-${i}`}>
                <TableHeaderCell scope="row">{b.label}</TableHeaderCell>
                <TableCell>{b.value == null ? props.suppressed : props.format(b.value)}</TableCell>
                {props.extra && <TableCell>{props.extra.values[i] ?? props.suppressed}</TableCell>}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </figure>
  );
}
