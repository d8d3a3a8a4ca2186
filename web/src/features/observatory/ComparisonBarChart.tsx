import { ColorSwatch, Group, Text as Label } from '@mantine/core';
import { Bar, BarChart, CartesianGrid, LabelList, Rectangle, ResponsiveContainer, Text, XAxis, YAxis, type BarShapeProps } from 'recharts';
import { formatNumber } from '../../app/i18n';

export interface ComparisonItem {
  key: string;
  label: string;
  value: number | null;
  previous: number | null;
}

/** The width, in CSS pixels, that a chart is drawn at on paper: an A4 page less its margins (180 mm at 96 px/in is 680 px). */
export const PRINT_WIDTH = 640;
const LABEL_WIDTH = 180;
const LABEL_STYLE = { fontSize: '12px' };
const ROW = 46;

const CURRENT = 'var(--mantine-color-blue-7)';
const PREVIOUS = 'var(--mantine-color-gray-5)';

/** A category name on the axis, wrapped over as many lines as it needs (never cut, never overlapping). */
function WrappedTick(props: { x?: number | string; y?: number | string; payload?: { value: string } }) {
  return (
    // measured and drawn with the same style, with room to spare: a long name wraps rather than runs off the chart
    <Text x={Number(props.x) - 6} y={Number(props.y)} width={LABEL_WIDTH - 24} textAnchor="end" verticalAnchor="middle" style={LABEL_STYLE} fill="var(--mantine-color-text)" lineHeight="1.15em">
      {props.payload?.value ?? ''}
    </Text>
  );
}

/** The value at the end of its bar, zeros included (a bar of zero is still a figure of the page). */
function BarValue(props: { x?: number | string; y?: number | string; width?: number | string; height?: number | string; value?: unknown }) {
  const x = Number(props.x ?? 0) + Math.max(0, Number(props.width ?? 0)) + 4;
  const y = Number(props.y ?? 0) + Number(props.height ?? 0) / 2;
  return (
    <text x={x} y={y} dominantBaseline="central" fontSize={11} fill="var(--mantine-color-text)">
      {typeof props.value === 'number' ? formatNumber(props.value) : ''}
    </text>
  );
}

/** The bar itself. A shape of our own keeps zero bars in the chart (recharts drops them otherwise), and with them their "0". */
const barShape = (props: BarShapeProps) => <Rectangle {...props} />;

function Chart({ items, year, width, height, animate }: { items: ComparisonItem[]; year: number; width?: number; height?: number; animate: boolean }) {
  const data = items.map((d) => ({ label: d.label, current: d.value ?? 0, previous: d.previous ?? 0 }));
  // no keyboard layer: the numbers are in the table beside the chart, for screen readers and keyboards
  return (
    <BarChart accessibilityLayer={false} width={width} height={height} data={data} layout="vertical" margin={{ top: 4, right: 48, bottom: 4, left: 4 }} barGap={2} barCategoryGap="22%">
      <CartesianGrid horizontal={false} strokeDasharray="3 3" />
      <XAxis type="number" allowDecimals={false} tick={{ fontSize: 11 }} />
      <YAxis type="category" dataKey="label" width={LABEL_WIDTH} interval={0} tick={<WrappedTick />} tickLine={false} />
      <Bar dataKey="current" name={String(year)} fill={CURRENT} isAnimationActive={animate} shape={barShape}>
        {/* the values on the bars: a printed chart can be read without the screen */}
        <LabelList dataKey="current" content={<BarValue />} />
      </Bar>
      <Bar dataKey="previous" name={String(year - 1)} fill={PREVIOUS} isAnimationActive={animate} shape={barShape}>
        <LabelList dataKey="previous" content={<BarValue />} />
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
  const height = 30 + items.length * ROW;
  return (
    <>
      {/* The legend is text of the page (not measured inside the chart): this year first, as the bars. */}
      <Group gap="md" className="chart-legend" mb={4}>
        {[
          { name: String(year), color: CURRENT },
          { name: String(year - 1), color: PREVIOUS },
        ].map((s) => (
          <Group key={s.name} gap={6} wrap="nowrap">
            <ColorSwatch color={s.color} size={12} radius={2} withShadow={false} />
            <Label size="xs">{s.name}</Label>
          </Group>
        ))}
      </Group>
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
