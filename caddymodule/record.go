package caddymodule

import (
	"net/http"
	"time"

	"go.uber.org/zap"
)

// exchange collects what the record of one exchange says. Only the handler
// goroutine writes it (the answer writer runs on that goroutine too).
type exchange struct {
	id              string
	start           time.Time
	host, method    string
	path            string
	rulesVersion    string
	dialect         string
	model           string
	stream          bool
	requestBytes    int
	subject         string // keyed hash
	consentDecision string
	consentSources  []string
	consentGranted  []string
	consentMissing  []string
	redactions      redactStats
	findings        []findingRecord
	outcome         string
	errCode         string
	upstreamStatus  int
	guardDur        time.Duration // the guardrail's own processing time
	ttfb            time.Duration // upstream time to first byte
	total           time.Duration
	usage           tokenUsage
	prompt, answer  string // content capture (redacted only)
}

// findingRecord is one screening finding as recorded: never raw PII, the
// excerpt is the model's text around the match before restoring, redacted
// again.
type findingRecord struct {
	category, rule, severity, action, excerpt string
}

func newExchange(r *http.Request, st *ruleState) *exchange {
	return &exchange{
		id:           newExchangeID(),
		start:        now(),
		host:         r.Host,
		method:       r.Method,
		path:         r.URL.Path,
		rulesVersion: st.version,
	}
}

// emit writes the exchange record.
func (g *Guardrail) emit(x *exchange) {
	if x.total == 0 {
		x.total = now().Sub(x.start)
	}
	if x.outcome == "" {
		x.outcome = outcomeForwarded
	}
	x.observe()
	fields := []zap.Field{
		zap.String("exchange_id", x.id),
		zap.String("dialect", x.dialect),
		zap.String("model", x.model),
		zap.Bool("stream", x.stream),
		zap.String("outcome", x.outcome),
		zap.Int("redactions", x.redactions.total),
		zap.Any("redactions_by_type", x.redactions.byType),
		zap.String("consent", x.consentDecision),
		zap.Int("upstream_status", x.upstreamStatus),
		zap.Duration("total", x.total),
	}
	g.exchange.Info("exchange", fields...)
}
