package main

import (
	"bytes"
	"context"
	"encoding/json"
	"html"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// layoutCheck is added to the test's copy of the report only (the report
// itself has no script). It measures what Chromium laid out: each chart's
// size on the page, whether any mark of a chart falls outside its viewBox
// (clipped), whether a chart, table or the page is wider than the window,
// and writes the findings as JSON into the DOM for --dump-dom.
const layoutCheck = `<script>
(function () {
  var out = {charts: [], overflow: [], page: {}};
  var vw = document.documentElement.clientWidth;
  out.page = {clientWidth: vw, scrollWidth: document.documentElement.scrollWidth};
  document.querySelectorAll('svg.chart').forEach(function (svg, i) {
    var r = svg.getBoundingClientRect(), vb = svg.viewBox.baseVal, clipped = [];
    svg.querySelectorAll('rect, text, line').forEach(function (el) {
      var b = el.getBBox();
      if (b.x < vb.x - 0.5 || b.y < vb.y - 0.5 || b.x + b.width > vb.x + vb.width + 0.5 || b.y + b.height > vb.y + vb.height + 0.5) {
        clipped.push(el.tagName + ':' + (el.textContent || '').slice(0, 20));
      }
    });
    out.charts.push({label: svg.getAttribute('aria-label'), width: r.width, height: r.height,
      right: r.right, bars: svg.querySelectorAll('rect.bar').length, clipped: clipped});
  });
  document.querySelectorAll('table, section, header').forEach(function (el) {
    var r = el.getBoundingClientRect();
    if (r.right > vw + 0.5 || el.scrollWidth > el.clientWidth + 1) {
      out.overflow.push(el.tagName + '#' + (el.id || (el.closest('section') || {}).id || ''));
    }
  });
  var pre = document.createElement('pre');
  pre.id = 'layout-check';
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
})();
</script>`

type layoutResult struct {
	Charts []struct {
		Label         string
		Width, Height float64
		Right         float64
		Bars          int
		Clipped       []string
	}
	Overflow []string
	Page     struct{ ClientWidth, ScrollWidth float64 }
}

// chromium runs headless Chromium with args and returns its stdout.
func chromium(t *testing.T, bin string, args ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	base := []string{"--headless", "--disable-gpu", "--no-sandbox", "--disable-dev-shm-usage", "--no-first-run",
		"--hide-scrollbars", "--user-data-dir=" + t.TempDir()}
	cmd := exec.CommandContext(ctx, bin, append(base, args...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("chromium %v: %v\n%s", args, err, stderr.String())
	}
	return out
}

// TestReportRendersInChromium renders the report of a Slack session in
// headless Chromium (Debian's chromium package) in a narrow and a wide
// window and checks that the charts are drawn with a size, that no mark
// of a chart is clipped and that nothing is wider than the window; it also
// takes a screenshot (kept when DELEGATEBOT_REPORT_SCREENSHOT names a
// directory) and prints the report to PDF. Without Chromium it skips.
func TestReportRendersInChromium(t *testing.T) {
	bin, err := exec.LookPath("chromium")
	if err != nil {
		t.Skip("chromium is not on PATH (apt-get install chromium): skipping the headless rendering check")
	}
	if testing.Short() {
		t.Skip("-short: skipping the headless Chromium rendering check")
	}
	const ws = "TCHROME"
	slackSession(t, ws)
	dir := t.TempDir()
	file := filepath.Join(dir, "report.html")
	if _, _, err := runCmd(t, "", "report", "--workspace", ws, "--out", file); err != nil {
		t.Fatal(err)
	}
	page, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	checked := filepath.Join(dir, "checked.html")
	withCheck := strings.Replace(string(page), "</body>", layoutCheck+"</body>", 1)
	if err := os.WriteFile(checked, []byte(withCheck), 0o600); err != nil {
		t.Fatal(err)
	}

	// Headless Chromium's narrowest window is 500 px: a phone in landscape.
	for _, width := range []int{500, 1280} {
		dom := chromium(t, bin, "--window-size="+strconv.Itoa(width)+",900", "--dump-dom", "file://"+checked)
		m := regexp.MustCompile(`(?s)<pre id="layout-check">(.*?)</pre>`).FindSubmatch(dom)
		if m == nil {
			t.Fatalf("width %d: the layout check did not run; DOM:\n%.2000s", width, dom)
		}
		var got layoutResult
		if err := json.Unmarshal([]byte(html.UnescapeString(string(m[1]))), &got); err != nil {
			t.Fatalf("width %d: layout result: %v", width, err)
		}
		if len(got.Charts) < 5 {
			t.Errorf("width %d: %d charts in the DOM, want at least 5", width, len(got.Charts))
		}
		bars := 0
		for _, c := range got.Charts {
			bars += c.Bars
			if c.Width < 100 || c.Height < 50 {
				t.Errorf("width %d: chart %q is %.0fx%.0f px: not drawn", width, c.Label, c.Width, c.Height)
			}
			if c.Right > got.Page.ClientWidth+0.5 {
				t.Errorf("width %d: chart %q ends at %.0f px, past the window (%.0f)", width, c.Label, c.Right, got.Page.ClientWidth)
			}
			if len(c.Clipped) > 0 {
				t.Errorf("width %d: chart %q clips %v", width, c.Label, c.Clipped)
			}
		}
		if bars == 0 {
			t.Errorf("width %d: no bar drawn in any chart", width)
		}
		if len(got.Overflow) > 0 || got.Page.ScrollWidth > got.Page.ClientWidth {
			t.Errorf("width %d: wider than the window: %v (page %.0f > %.0f)", width, got.Overflow, got.Page.ScrollWidth, got.Page.ClientWidth)
		}
	}

	shot := filepath.Join(dir, "report.png")
	if keep := os.Getenv("DELEGATEBOT_REPORT_SCREENSHOT"); keep != "" {
		shot = filepath.Join(keep, "report.png")
	}
	chromium(t, bin, "--window-size=1100,5200", "--screenshot="+shot, "file://"+file)
	f, err := os.Open(shot)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	inked := 0
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y += 4 {
		for x := b.Min.X; x < b.Max.X; x += 4 {
			if r, g, bl, _ := img.At(x, y).RGBA(); r < 0xe000 || g < 0xe000 || bl < 0xe000 {
				inked++
			}
		}
	}
	if inked < 500 {
		t.Errorf("screenshot is nearly blank (%d inked samples)", inked)
	}

	pdf := filepath.Join(dir, "report.pdf")
	chromium(t, bin, "--no-pdf-header-footer", "--print-to-pdf="+pdf, "file://"+file)
	if b, err := os.ReadFile(pdf); err != nil || !bytes.HasPrefix(b, []byte("%PDF")) {
		t.Errorf("print to PDF: %v (%d bytes)", err, len(b))
	}
}
