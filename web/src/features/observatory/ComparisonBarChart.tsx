import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, Text, XAxis, YAxis } from 'recharts';
import { formatNumber } from '../../app/i18n';

export interface ComparisonItem {
  key: string;
  label: string;
  value: number | null;
  previous: number | null;
}

/** The width, in CSS pixels, that a chart is drawn at on paper: an A4 page less its margins (180 mm at 96 px/in is 680 px). */
export const PRINT_WIDTH = 640;
const LABEL_WIDTH = 170;
const ROW = 46;

const CURRENT = 'var(--mantine-color-blue-7)';
const PREVIOUS = 'var(--mantine-color-gray-5)';

/** A category name on the axis, wrapped over as many lines as it needs (never cut, never overlapping). */
function WrappedTick(props: { x?: number | string; y?: number | string; payload?: { value: string } }) {
  return (
    <Text x={Number(props.x) - 6} y={Number(props.y)} width={LABEL_WIDTH - 12} textAnchor="end" verticalAnchor="middle" fontSize={12} fill="var(--mantine-color-text)" lineHeight="1.15em">
      {props.payload?.value ?? ''}
    </Text>
  );
}

function Chart({ items, year, width, height, animate }: { items: ComparisonItem[]; year: number; width?: number; height?: number; animate: boolean }) {
  const data = items.map((d) => ({ label: d.label, current: d.value ?? 0, previous: d.previous ?? 0 }));
  const value = (v: unknown) => (typeof v === 'number' ? formatNumber(v) : '');
  return (
    <BarChart width={width} height={height} data={data} layout="vertical" margin={{ top: 4, right: 48, bottom: 4, left: 4 }} barGap={2} barCategoryGap="22%">
      <CartesianGrid horizontal={false} strokeDasharray="3 3" />
      <XAxis type="number" allowDecimals={false} tick={{ fontSize: 11 }} />
      <YAxis type="category" dataKey="label" width={LABEL_WIDTH} interval={0} tick={<WrappedTick />} tickLine={false} />
      <Legend verticalAlign="top" height={28} wrapperStyle={{ fontSize: 12 }} />
      <Bar dataKey="current" name={String(year)} fill={CURRENT} isAnimationActive={animate}>
        {/* the values on the bars: a printed chart can be read without the screen */}
        <LabelList dataKey="current" position="right" formatter={value} fontSize={11} fill="var(--mantine-color-text)" />
      </Bar>
      <Bar dataKey="previous" name={String(year - 1)} fill={PREVIOUS} isAnimationActive={animate}>
        <LabelList dataKey="previous" position="right" formatter={value} fontSize={11} fill="var(--mantine-color-text)" />
      </Bar>
    </BarChart>
  );
}

/**
 * A horizontal bar chart of this year against the year before, with the values on the bars and the category
 * names wrapped. On screen it takes the width of its box; on paper it is drawn once more at the page's
 * width (PRINT_WIDTH, scaled to fit), so that a print is the same whatever the window it is printed from.
 */
export function ComparisonBarChart({ items, year }: { items: ComparisonItem[]; year: number }) {
  const height = 40 + items.length * ROW;
  return (
    <>
      <div className="chart-screen" aria-hidden="true">
        <ResponsiveContainer width="100%" height={height}>
          <Chart items={items} year={year} animate={false} />
        </ResponsiveContainer>
      </div>
      <div className="chart-print" aria-hidden="true">
        <Chart items={items} year={year} width={PRINT_WIDTH} height={height} animate={false} />
      </div>
    </>
  );
}
