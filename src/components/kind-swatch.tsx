import { kindStyle } from '../arcs/arc-styles';
import './kind-swatch.css';

/** A short line in a kind's colour and dash, as in the legend and the link list. */
export function KindSwatch({ index, width = 44 }: { index: number; width?: number }) {
  const style = kindStyle(index);
  return (
    <svg className="kind-swatch" width={width} height="10" aria-hidden="true">
      <line
        x1="1"
        y1="5"
        x2={width - 1}
        y2="5"
        stroke={style.color}
        strokeWidth="3"
        strokeLinecap="round"
        strokeDasharray={style.dash || undefined}
      />
    </svg>
  );
}
