package intents

import (
	_ "embed"
	"encoding/binary"
	"math"
	"strings"
	"sync"

	"github.com/delegatebot/delegatebot"
)

// The intent classifier is a multinomial logistic regression over hashed
// sparse features of the message (features.go). Its weights are trained
// offline by `go run ./intents/internal/train` and embedded here; the rule
// cues are some of its features, so it learns when to trust them.

// Classes is the order of the classifier's outputs: the intents of
// INTENT-LABELS.md with none last.
var Classes = []delegatebot.Intent{
	delegatebot.IntentSchedule, delegatebot.IntentReschedule, delegatebot.IntentCancelMeeting,
	delegatebot.IntentDraftReply, delegatebot.IntentSend, delegatebot.IntentTriage,
	delegatebot.IntentPrepareDoc, delegatebot.IntentOrganizeDocs, delegatebot.IntentTravel,
	delegatebot.IntentReminder, delegatebot.IntentTask, delegatebot.IntentStatus, delegatebot.IntentNone,
}

// FeatureBits is log2 of the hashed feature space.
const FeatureBits = 15

const (
	nClasses  = 13
	nFeatures = 1 << FeatureBits
)

// modelFile is the embedded model: a magic, a float32 scale, nClasses
// float32 biases, then nFeatures*nClasses int16 weights, little endian,
// feature-major. An empty or malformed file disables the classifier (the
// rule cues decide alone), so a fresh checkout still builds before training.
//
//go:embed model.bin
var modelFile []byte

const modelMagic = "DBIC1"

// model holds the weights as int8, one 16-byte row per feature (13 classes
// and padding), so a row is one aligned piece of a cache line: scoring
// touches hundreds of random rows per message and is bound by memory, not
// arithmetic.
type model struct {
	bias  [nClasses]float32
	scale float32
	w     []int8 // nFeatures*rowLen
}

const rowLen = 16

var (
	loadOnce sync.Once
	loaded   *model
)

func theModel() *model {
	loadOnce.Do(func() { loaded = decodeModel(modelFile) })
	return loaded
}

func decodeModel(b []byte) *model {
	need := len(modelMagic) + 4 + 4*nClasses + 2*nFeatures*nClasses
	if len(b) != need || string(b[:len(modelMagic)]) != modelMagic {
		return nil
	}
	b = b[len(modelMagic):]
	scale := math.Float32frombits(binary.LittleEndian.Uint32(b))
	b = b[4:]
	m := &model{w: make([]int8, nFeatures*rowLen)}
	for c := range m.bias {
		m.bias[c] = math.Float32frombits(binary.LittleEndian.Uint32(b[4*c:]))
	}
	b = b[4*nClasses:]
	// Requantise the stored int16 to int8 around the largest weight.
	maxAbs := 1
	for i := 0; i < nFeatures*nClasses; i++ {
		maxAbs = max(maxAbs, abs(int(int16(binary.LittleEndian.Uint16(b[2*i:])))))
	}
	m.scale = scale * float32(maxAbs) / 127
	for f := 0; f < nFeatures; f++ {
		for c := 0; c < nClasses; c++ {
			v := int(int16(binary.LittleEndian.Uint16(b[2*(f*nClasses+c):])))
			m.w[f*rowLen+c] = int8((v*127*2 + maxAbs) / (2 * maxAbs))
		}
	}
	return m
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// EncodeModel serialises trained weights (bias per class, then weights
// feature-major) in the embedded format, quantised to int16.
func EncodeModel(bias []float64, w []float64) []byte {
	maxAbs := 1e-9
	for _, v := range w {
		maxAbs = math.Max(maxAbs, math.Abs(v))
	}
	scale := maxAbs / 32767
	out := []byte(modelMagic)
	out = binary.LittleEndian.AppendUint32(out, math.Float32bits(float32(scale)))
	for c := 0; c < nClasses; c++ {
		out = binary.LittleEndian.AppendUint32(out, math.Float32bits(float32(bias[c])))
	}
	for _, v := range w {
		out = binary.LittleEndian.AppendUint16(out, uint16(int16(math.Round(v/scale))))
	}
	return out
}

// scores fills probs with the class probabilities of the features fs.
func (m *model) scores(fs []uint32, probs *[nClasses]float64) {
	var acc [rowLen]int32
	for _, f := range fs {
		row := (*[rowLen]int8)(m.w[int(f)*rowLen:])
		for c := range acc {
			acc[c] += int32(row[c])
		}
	}
	v := m.scale * float32(1/math.Sqrt(float64(len(fs)+1)))
	var z [nClasses]float32
	for c := range z {
		z[c] = m.bias[c] + float32(acc[c])*v
	}
	softmax(z[:], probs)
}

func softmax(z []float32, probs *[nClasses]float64) {
	mx := z[0]
	for _, x := range z {
		if x > mx {
			mx = x
		}
	}
	sum := 0.0
	for c, x := range z {
		probs[c] = math.Exp(float64(x - mx))
		sum += probs[c]
	}
	for c := range probs {
		probs[c] /= sum
	}
}

// Features returns the hashed features the classifier reads for text. It
// exists for the offline trainer; Parse computes them itself.
func Features(text string) []uint32 {
	p := pool.Get().(*parser)
	defer pool.Put(p)
	p.reset(truncate(text), zeroNow)
	p.scanAtoms()
	rule, ok := p.classifyIntent()
	return append([]uint32(nil), p.features(rule, ok)...)
}

func truncate(text string) string {
	if len(text) > maxText {
		return text[:maxText]
	}
	return text
}

// learned runs the classifier; ok is false when no model is embedded.
func (p *parser) learned(rule cue, ruleOK bool) (probs [nClasses]float64, ok bool) {
	m := theModel()
	if m == nil {
		return probs, false
	}
	m.scores(p.features(rule, ruleOK), &probs)
	return probs, true
}

// stem strips common English inflections so "scheduling", "scheduled" and
// "schedules" share a feature.
func stem(w string) string {
	for _, suf := range []string{"ing", "ed", "es", "s", "ly"} {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}
