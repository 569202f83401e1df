package guardrailcmd

import (
	"fmt"
	"html/template"
	"math"
	"strings"
)

// bar is one labelled value of a chart.
type bar struct {
	Label string
	Value float64
	Color string
}

// series is one stacked part of a column chart.
type series struct {
	Name  string
	Color string
}

// esc escapes text for SVG.
func esc(s string) string { return template.HTMLEscapeString(s) }

// fmtNum formats a count or a measure compactly.
func fmtNum(v float64) string {
	if v == math.Trunc(v) && math.Abs(v) < 1e15 {
		return fmt.Sprintf("%d", int64(v))
	}
	return fmt.Sprintf("%.1f", v)
}

// niceMax rounds m up to 1, 2, 2.5 or 5 times a power of ten.
func niceMax(m float64) float64 {
	if m <= 0 {
		return 1
	}
	p := math.Pow(10, math.Floor(math.Log10(m)))
	for _, f := range []float64{1, 2, 2.5, 5, 10} {
		if f*p >= m {
			return f * p
		}
	}
	return 10 * p
}

// hbarChart draws horizontal bars with labels on the left and values on the
// right. It returns an inline SVG (trusted: every text is escaped).
func hbarChart(title string, bars []bar, width int) template.HTML {
	if len(bars) == 0 {
		return template.HTML(`<p class="empty">No data.</p>`)
	}
	const rowH, labelW, valueW, top = 26, 190, 60, 6
	h := top + rowH*len(bars) + 4
	maxV := 0.0
	for _, b := range bars {
		maxV = math.Max(maxV, b.Value)
	}
	plotW := float64(width - labelW - valueW)
	var sb strings.Builder
	fmt.Fprintf(&sb, `<svg class="chart" role="img" aria-label="%s" viewBox="0 0 %d %d" width="100%%" xmlns="http://www.w3.org/2000/svg">`, esc(title), width, h)
	fmt.Fprintf(&sb, `<title>%s</title>`, esc(title))
	for i, b := range bars {
		y := top + i*rowH
		w := 0.0
		if maxV > 0 {
			w = plotW * b.Value / maxV
		}
		if b.Value > 0 && w < 2 {
			w = 2
		}
		color := b.Color
		if color == "" {
			color = "#3b6fb6"
		}
		label := b.Label
		if len(label) > 30 {
			label = label[:29] + "…"
		}
		fmt.Fprintf(&sb, `<text x="%d" y="%d" class="lbl" text-anchor="end">%s</text>`, labelW-8, y+17, esc(label))
		fmt.Fprintf(&sb, `<rect x="%d" y="%d" width="%.1f" height="%d" rx="3" fill="%s"><title>%s: %s</title></rect>`,
			labelW, y+4, plotW, rowH-8, "#eef1f5", esc(b.Label), fmtNum(b.Value))
		fmt.Fprintf(&sb, `<rect x="%d" y="%d" width="%.1f" height="%d" rx="3" fill="%s"/>`, labelW, y+4, w, rowH-8, color)
		fmt.Fprintf(&sb, `<text x="%d" y="%d" class="val">%s</text>`, width-valueW+8, y+17, fmtNum(b.Value))
	}
	sb.WriteString(`</svg>`)
	return template.HTML(sb.String())
}

// columnChart draws stacked columns, one per label, with a y axis and a
// legend. values[i][j] is the value of series j in column i.
func columnChart(title string, labels []string, ss []series, values [][]float64, width int) template.HTML {
	if len(labels) == 0 {
		return template.HTML(`<p class="empty">No data.</p>`)
	}
	const h, left, right, top, bottom, legendH = 280, 48, 12, 48, 40, 0
	plotW := float64(width - left - right)
	plotH := float64(h - top - bottom - legendH)
	maxV := 0.0
	for _, col := range values {
		s := 0.0
		for _, v := range col {
			s += v
		}
		maxV = math.Max(maxV, s)
	}
	maxV = niceMax(maxV)
	var sb strings.Builder
	fmt.Fprintf(&sb, `<svg class="chart" role="img" aria-label="%s" viewBox="0 0 %d %d" width="100%%" xmlns="http://www.w3.org/2000/svg">`, esc(title), width, h)
	fmt.Fprintf(&sb, `<title>%s</title>`, esc(title))
	// legend
	x := float64(left)
	for _, s := range ss {
		fmt.Fprintf(&sb, `<rect x="%.1f" y="6" width="12" height="12" rx="2" fill="%s"/><text x="%.1f" y="16" class="lgd">%s</text>`, x, s.Color, x+17, esc(s.Name))
		x += 17 + float64(len(s.Name))*7 + 18
	}
	// grid and y axis
	for i := 0; i <= 4; i++ {
		v := maxV * float64(i) / 4
		y := float64(top) + plotH - plotH*float64(i)/4
		fmt.Fprintf(&sb, `<line x1="%d" x2="%d" y1="%.1f" y2="%.1f" class="grid"/>`, left, width-right, y, y)
		fmt.Fprintf(&sb, `<text x="%d" y="%.1f" class="axis" text-anchor="end">%s</text>`, left-6, y+4, fmtNum(v))
	}
	slot := plotW / float64(len(labels))
	bw := math.Min(slot*0.7, 56)
	every := int(math.Ceil(float64(len(labels)) / 12)) // at most ~12 x labels
	for i, lbl := range labels {
		cx := float64(left) + slot*float64(i) + slot/2
		y := float64(top) + plotH
		total := 0.0
		for j, v := range values[i] {
			if v <= 0 {
				continue
			}
			hh := plotH * v / maxV
			y -= hh
			total += v
			fmt.Fprintf(&sb, `<rect x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="%s"><title>%s %s: %s</title></rect>`,
				cx-bw/2, y, bw, hh, ss[j].Color, esc(lbl), esc(ss[j].Name), fmtNum(v))
		}
		if total > 0 && len(labels) <= 20 {
			fmt.Fprintf(&sb, `<text x="%.1f" y="%.1f" class="axis" text-anchor="middle">%s</text>`, cx, y-4, fmtNum(total))
		}
		if i%every == 0 {
			fmt.Fprintf(&sb, `<text x="%.1f" y="%d" class="axis" text-anchor="middle">%s</text>`, cx, h-bottom+16, esc(lbl))
		}
	}
	sb.WriteString(`</svg>`)
	return template.HTML(sb.String())
}

// donut draws a ring of shares with a centred total and a legend beside it.
func donut(title string, bars []bar, centre string) template.HTML {
	total := 0.0
	for _, b := range bars {
		total += b.Value
	}
	if total == 0 {
		return template.HTML(`<p class="empty">No data.</p>`)
	}
	const w, h, cx, cy, r, sw = 420, 180, 90, 90, 62, 26
	var sb strings.Builder
	fmt.Fprintf(&sb, `<svg class="chart" role="img" aria-label="%s" viewBox="0 0 %d %d" width="100%%" xmlns="http://www.w3.org/2000/svg">`, esc(title), w, h)
	fmt.Fprintf(&sb, `<title>%s</title>`, esc(title))
	circ := 2 * math.Pi * r
	off := 0.0
	for _, b := range bars {
		l := circ * b.Value / total
		fmt.Fprintf(&sb, `<circle cx="%d" cy="%d" r="%d" fill="none" stroke="%s" stroke-width="%d" stroke-dasharray="%.2f %.2f" stroke-dashoffset="%.2f" transform="rotate(-90 %d %d)"><title>%s: %s</title></circle>`,
			cx, cy, r, b.Color, sw, l, circ-l, -off, cx, cy, esc(b.Label), fmtNum(b.Value))
		off += l
	}
	fmt.Fprintf(&sb, `<text x="%d" y="%d" class="big" text-anchor="middle">%s</text>`, cx, cy+4, esc(centre))
	fmt.Fprintf(&sb, `<text x="%d" y="%d" class="axis" text-anchor="middle">total</text>`, cx, cy+20)
	for i, b := range bars {
		y := 24 + i*24
		if y > h-10 {
			break
		}
		fmt.Fprintf(&sb, `<rect x="200" y="%d" width="12" height="12" rx="2" fill="%s"/><text x="218" y="%d" class="lgd">%s</text><text x="%d" y="%d" class="lgd" text-anchor="end">%s · %.0f%%</text>`,
			y-10, b.Color, y, esc(b.Label), w-4, y, fmtNum(b.Value), 100*b.Value/total)
	}
	sb.WriteString(`</svg>`)
	return template.HTML(sb.String())
}
