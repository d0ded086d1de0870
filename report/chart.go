package report

import (
	"fmt"
	"html/template"
	"math"
	"strings"
)

// Series is one named row of values of a chart, one value per category.
type Series struct {
	Name   string
	Values []float64
	Color  string // CSS colour; "" takes the palette's next
}

// palette is the Okabe-Ito set: distinguishable with colour-blindness and
// in greyscale print.
var palette = []string{"#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000"}

func (s Series) color(i int) string {
	if s.Color != "" {
		return s.Color
	}
	return palette[i%len(palette)]
}

// legendCols is how many legend entries share a row.
const legendCols = 3

// The geometry of every chart, in SVG user units. The SVG scales to its
// container (width 100%, viewBox), so nothing is clipped on screen or paper.
const (
	chartW      = 720
	plotH       = 200
	marginLeft  = 48
	marginRight = 12
	marginTop   = 12
	axisH       = 36 // category labels under the plot
	legendRow   = 18
)

// BarChart draws categories (weeks, buckets) as vertical bars, stacked by
// series, with a y axis, category labels and a legend. It returns inline SVG.
func BarChart(title string, categories []string, series []Series) template.HTML {
	var b strings.Builder
	n := len(categories)
	maxV := 0.0
	for i := 0; i < n; i++ {
		sum := 0.0
		for _, s := range series {
			if i < len(s.Values) {
				sum += s.Values[i]
			}
		}
		maxV = math.Max(maxV, sum)
	}
	step := niceStep(maxV / 4)
	top := step * math.Max(1, math.Ceil(maxV/step))
	legendRows := (len(series) + legendCols - 1) / legendCols
	h := marginTop + plotH + axisH + legendRows*legendRow + 8
	fmt.Fprintf(&b, `<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d" width="100%%" role="img" aria-label="%s" preserveAspectRatio="xMinYMin meet">`,
		chartW, h, template.HTMLEscapeString(title))
	fmt.Fprintf(&b, `<title>%s</title>`, template.HTMLEscapeString(title))
	plotW := chartW - marginLeft - marginRight
	y := func(v float64) float64 { return marginTop + plotH - v/top*plotH }
	// Grid lines and y labels at every step: whole numbers for counts.
	for v := 0.0; v <= top+step/2; v += step {
		fmt.Fprintf(&b, `<line x1="%d" y1="%.1f" x2="%d" y2="%.1f" stroke="#ddd" stroke-width="1"/>`, marginLeft, y(v), chartW-marginRight, y(v))
		fmt.Fprintf(&b, `<text x="%d" y="%.1f" font-size="11" text-anchor="end" fill="#444">%s</text>`, marginLeft-6, y(v)+4, num(v))
	}
	if n > 0 {
		slot := float64(plotW) / float64(n)
		barW := math.Min(56, math.Max(2, slot*0.7))
		every := 1 + n/16 // thin the labels of long ranges
		for i, c := range categories {
			x := marginLeft + slot*float64(i) + (slot-barW)/2
			base := 0.0
			for si, s := range series {
				if i >= len(s.Values) || s.Values[i] <= 0 {
					continue
				}
				v := s.Values[i]
				fmt.Fprintf(&b, `<rect class="bar" x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="%s"><title>%s · %s: %s</title></rect>`,
					x, y(base+v), barW, y(base)-y(base+v), s.color(si), template.HTMLEscapeString(c), template.HTMLEscapeString(s.Name), num(v))
				base += v
			}
			if i%every == 0 {
				fmt.Fprintf(&b, `<text x="%.1f" y="%d" font-size="11" text-anchor="middle" fill="#444">%s</text>`,
					x+barW/2, marginTop+plotH+16, template.HTMLEscapeString(c))
			}
		}
	}
	if maxV == 0 {
		fmt.Fprintf(&b, `<text x="%d" y="%d" font-size="13" text-anchor="middle" fill="#666">nothing recorded</text>`, marginLeft+plotW/2, marginTop+plotH/2)
	}
	fmt.Fprintf(&b, `<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="#444" stroke-width="1"/>`, marginLeft, marginTop+plotH, chartW-marginRight, marginTop+plotH)
	for i, s := range series {
		lx := marginLeft + (i%legendCols)*(plotW/legendCols)
		ly := marginTop + plotH + axisH + (i/legendCols)*legendRow
		fmt.Fprintf(&b, `<rect x="%d" y="%d" width="12" height="12" fill="%s"/><text x="%d" y="%d" font-size="12" fill="#222">%s</text>`,
			lx, ly, s.color(i), lx+16, ly+10, template.HTMLEscapeString(clip(s.Name, 30)))
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String()) // #nosec: every text above is escaped
}

// niceStep rounds v up to 1, 2 or 5 times a power of ten, at least 1, so
// the axis of a count reads in whole, round numbers.
func niceStep(v float64) float64 {
	if v <= 1 {
		return 1
	}
	p := math.Pow(10, math.Floor(math.Log10(v)))
	for _, m := range []float64{1, 2, 5, 10} {
		if v <= m*p {
			return m * p
		}
	}
	return 10 * p
}

func num(v float64) string {
	if v == math.Trunc(v) {
		return fmt.Sprintf("%.0f", v)
	}
	return fmt.Sprintf("%.1f", v)
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
