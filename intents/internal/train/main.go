// Command train fits the intent classifier embedded in package intents.
//
//	python3 scripts/gen-intents.py > intents/testdata/generated-train.jsonl
//	go run ./intents/internal/train
//
// It reads the generated corpus and the tuning half of the blind corpus
// (intents/testdata/blind-tune.jsonl), fits a multinomial logistic regression
// by SGD over intents.Features with a fixed seed and writes intents/model.bin.
// The reporting half is never read here. Run it from the repository root.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"math/rand"
	"os"
	"strings"

	"github.com/delegatebot/delegatebot/intents"
)

type example struct {
	text   string
	feats  []uint32
	class  int
	weight float64
}

func main() {
	gen := flag.String("gen", "intents/testdata/generated-train.jsonl", "generated corpus ({text,intent} lines)")
	tune := flag.String("tune", "intents/testdata/blind-tune.jsonl", "tuning corpus (gold format); empty to skip")
	tuneWeight := flag.Float64("tune-weight", 4, "weight of a tuning example relative to a generated one")
	eval := flag.String("eval", "", "also report accuracy on this gold-format file (for held-out checks)")
	epochs := flag.Int("epochs", 12, "passes over the data")
	lr := flag.Float64("lr", 0.8, "initial learning rate")
	l2 := flag.Float64("l2", 1e-6, "L2 penalty per example")
	out := flag.String("out", "intents/model.bin", "model file to write")
	augment := flag.Int("augment", 1, "add this many misspelt copies of each tuning example (fixed seed), at half its weight")
	avgFrom := flag.Int("avg-from", 4, "average the weights at the end of each epoch from this one on (0: last epoch's weights only)")
	verbose := flag.Bool("v", false, "with -cv, list the misread tuning examples")
	cv := flag.Bool("cv", false, "only report k-fold cross-validated accuracy on the tuning examples (for choosing flags)")
	folds := flag.Int("folds", 5, "with -cv, the number of folds: each trains on the generated corpus and the other folds of the tuning corpus")
	flag.Parse()

	var xs []example
	xs = append(xs, load(*gen, 1)...)
	nGen := len(xs)
	if *tune != "" && *tuneWeight > 0 {
		xs = append(xs, load(*tune, *tuneWeight)...)
	}
	nTune := len(xs) - nGen
	fmt.Printf("examples: %d generated, %d tuning\n", nGen, len(xs)-nGen)

	if *cv {
		var acc float64
		for fold := 0; fold < *folds; fold++ {
			var train, held []example
			train = append(train, xs[:nGen]...)
			for i, x := range xs[nGen:] {
				if i%*folds == fold {
					held = append(held, x)
				} else {
					train = append(train, x)
					train = append(train, misspelt(x, *augment, int64(i))...)
				}
			}
			w, bias := fit(train, *epochs, *lr, *l2, *avgFrom)
			a := accuracy(w, bias, held)
			if *verbose {
				probs := make([]float64, len(bias))
				for _, x := range held {
					predict(w, bias, x.feats, 1/math.Sqrt(float64(len(x.feats)+1)), probs)
					best := 0
					for c := range probs {
						if probs[c] > probs[best] {
							best = c
						}
					}
					if best != x.class {
						fmt.Printf("  %s -> %s (%.2f): %s\n", intents.Classes[x.class], intents.Classes[best], probs[best], x.text)
					}
				}
			}
			fmt.Printf("fold %d: held-out tuning acc %.4f\n", fold, a)
			acc += a * float64(len(held))
		}
		fmt.Printf("cv acc %.4f\n", acc/float64(len(xs)-nGen))
		return
	}
	// The temperature that calibrates the confidence is fitted on the
	// tuning examples with a model that has not seen them; the final model
	// then trains on everything and is scaled by it.
	temp := 1.0
	if nGen < len(xs) {
		w, bias := fit(xs[:nGen], *epochs, *lr, *l2, *avgFrom)
		fmt.Printf("generated only: tuning acc %.4f\n", accuracy(w, bias, xs[nGen:]))
		temp = calibrate(w, bias, xs[nGen:])
	}
	for i := 0; i < nTune; i++ {
		xs = append(xs, misspelt(xs[nGen+i], *augment, int64(i))...)
	}
	w, bias := fit(xs, *epochs, *lr, *l2, *avgFrom)
	fmt.Printf("temperature %.2f\n", temp)
	for i := range w {
		w[i] /= temp
	}
	for i := range bias {
		bias[i] /= temp
	}
	if *eval != "" {
		ev := load(*eval, 1)
		fmt.Printf("eval %s: acc %.4f (n=%d)\n", *eval, accuracy(w, bias, ev), len(ev))
	}
	if err := os.WriteFile(*out, intents.EncodeModel(bias, w), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

// calibrate picks the temperature that minimises the log loss on xs.
func calibrate(w, bias []float64, xs []example) float64 {
	best, bestLoss := 1.0, math.Inf(1)
	probs := make([]float64, len(bias))
	for t := 0.5; t <= 12; t += 0.25 {
		loss := 0.0
		for _, x := range xs {
			predictT(w, bias, x.feats, 1/math.Sqrt(float64(len(x.feats)+1)), t, probs)
			loss -= math.Log(probs[x.class] + 1e-12)
		}
		if loss < bestLoss {
			best, bestLoss = t, loss
		}
	}
	return best
}

// fit trains a multinomial logistic regression by SGD with a fixed seed.
// With avgFrom > 0 the result is the mean of the weights at the end of
// epochs avgFrom..epochs, which is steadier than the last ones.
func fit(xs []example, epochs int, lr, l2 float64, avgFrom int) (w, bias []float64) {
	xs = append([]example(nil), xs...)
	k := len(intents.Classes)
	dim := 1 << intents.FeatureBits
	w = make([]float64, dim*k)
	bias = make([]float64, k)
	r := rand.New(rand.NewSource(1))
	probs := make([]float64, k)
	var sumW, sumB []float64
	nAvg := 0
	for ep := 0; ep < epochs; ep++ {
		r.Shuffle(len(xs), func(i, j int) { xs[i], xs[j] = xs[j], xs[i] })
		rate := lr / (1 + 0.5*float64(ep))
		loss := 0.0
		for _, x := range xs {
			v := 1 / math.Sqrt(float64(len(x.feats)+1))
			predict(w, bias, x.feats, v, probs)
			loss -= x.weight * math.Log(probs[x.class]+1e-12)
			for c := 0; c < k; c++ {
				g := probs[c]
				if c == x.class {
					g--
				}
				g *= rate * x.weight
				bias[c] -= g * 0.1
				for _, f := range x.feats {
					i := int(f)*k + c
					w[i] -= g*v + rate*l2*w[i]
				}
			}
		}
		fmt.Printf("epoch %d  loss %.4f\n", ep+1, loss/float64(len(xs)))
		if avgFrom > 0 && ep+1 >= avgFrom {
			if sumW == nil {
				sumW, sumB = make([]float64, len(w)), make([]float64, len(bias))
			}
			for i := range w {
				sumW[i] += w[i]
			}
			for i := range bias {
				sumB[i] += bias[i]
			}
			nAvg++
		}
	}
	if nAvg > 0 {
		for i := range sumW {
			sumW[i] /= float64(nAvg)
		}
		for i := range sumB {
			sumB[i] /= float64(nAvg)
		}
		return sumW, sumB
	}
	return w, bias
}

func predict(w, bias []float64, feats []uint32, v float64, probs []float64) {
	predictT(w, bias, feats, v, 1, probs)
}

func predictT(w, bias []float64, feats []uint32, v, temp float64, probs []float64) {
	k := len(bias)
	copy(probs, bias)
	for _, f := range feats {
		row := w[int(f)*k : int(f)*k+k]
		for c := range probs {
			probs[c] += row[c] * v
		}
	}
	for c := range probs {
		probs[c] /= temp
	}
	mx := probs[0]
	for _, z := range probs {
		mx = math.Max(mx, z)
	}
	sum := 0.0
	for c, z := range probs {
		probs[c] = math.Exp(z - mx)
		sum += probs[c]
	}
	for c := range probs {
		probs[c] /= sum
	}
}

func accuracy(w, bias []float64, xs []example) float64 {
	probs := make([]float64, len(bias))
	ok := 0
	for _, x := range xs {
		predict(w, bias, x.feats, 1/math.Sqrt(float64(len(x.feats)+1)), probs)
		best := 0
		for c := range probs {
			if probs[c] > probs[best] {
				best = c
			}
		}
		if best == x.class {
			ok++
		}
	}
	return float64(ok) / float64(max(1, len(xs)))
}

// load reads {text,intent} lines or gold lines {text,expect:{intent}}.
func load(path string, weight float64) []example {
	f, err := os.Open(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer f.Close()
	index := map[string]int{}
	for i, c := range intents.Classes {
		index[string(c)] = i
	}
	var xs []example
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var line struct {
			Text   string `json:"text"`
			Intent string `json:"intent"`
			Expect struct {
				Intent string `json:"intent"`
			} `json:"expect"`
		}
		if json.Unmarshal(sc.Bytes(), &line) != nil || line.Text == "" {
			continue
		}
		in := line.Intent
		if in == "" {
			in = line.Expect.Intent
		}
		c, ok := index[in]
		if !ok {
			continue
		}
		xs = append(xs, example{text: line.Text, feats: intents.Features(line.Text), class: c, weight: weight})
	}
	return xs
}

// misspelt returns n copies of x with a few words misspelt the way hurried
// typists do (a letter dropped, doubled, swapped or hit next to), seeded by
// seed, at half x's weight.
func misspelt(x example, n int, seed int64) []example {
	var out []example
	r := rand.New(rand.NewSource(seed + 7919))
	for k := 0; k < n; k++ {
		ws := strings.Fields(x.text)
		for i, w := range ws {
			if len(w) < 4 || r.Float64() > 0.2 {
				continue
			}
			b := []byte(w)
			j := 1 + r.Intn(len(b)-2)
			switch r.Intn(4) {
			case 0:
				b = append(b[:j], b[j+1:]...)
			case 1:
				b[j], b[j+1] = b[j+1], b[j]
			case 2:
				b = append(b[:j+1], b[j:]...)
			default:
				b[j] = "qwertyuiopasdfghjklzxcvbnm"[r.Intn(26)]
			}
			ws[i] = string(b)
		}
		t := strings.Join(ws, " ")
		out = append(out, example{text: t, feats: intents.Features(t), class: x.class, weight: x.weight / 2})
	}
	return out
}
