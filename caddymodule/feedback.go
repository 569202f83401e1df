package caddymodule

import (
	"io"
	"net/http"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/tidwall/gjson"

	"github.com/caddy-guardrail/guardrail/caddymodule/exchange"
	"github.com/caddy-guardrail/guardrail/redact"
)

// feedbackKinds are the kinds of feedback the endpoint accepts. The list is
// fixed so that it can label metrics.
var feedbackKinds = []string{
	"manipulative", "biased", "privacy", "inaccurate", "offensive", "complaint",
	"thumbs_up", "thumbs_down", "other",
}

const (
	maxFeedbackBody    = 16 << 10
	maxFeedbackMessage = 4000
)

// serveFeedback takes a customer's or app's report about an exchange:
// POST {"exchange_id": "…", "kind": "…", "message": "…"}. The message is
// redacted like a prompt and written as a feedback record linked to the
// exchange; the answer is 202. Malformed or unknown input gets 400.
func (g *Guardrail) serveFeedback(w http.ResponseWriter, r *http.Request) error {
	st := g.state.Load()
	bad := func(status int, code, msg string) error {
		writeAPIError(w, openAIError, errorf(status, code, "%s", msg))
		return nil
	}
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		return bad(http.StatusMethodNotAllowed, "method_not_allowed", "feedback is sent with POST")
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, maxFeedbackBody+1))
	if err != nil {
		return bad(http.StatusBadRequest, "invalid_body", "feedback body could not be read")
	}
	if len(body) > maxFeedbackBody {
		return bad(http.StatusRequestEntityTooLarge, "request_too_large", "feedback body is larger than 16 KiB")
	}
	if !utf8.Valid(body) || !gjson.ValidBytes(body) || !gjson.ParseBytes(body).IsObject() {
		return bad(http.StatusBadRequest, "invalid_json", "feedback must be a JSON object")
	}
	fb := gjson.ParseBytes(body)
	id := fb.Get("exchange_id")
	if id.Type != gjson.String || !isExchangeID(id.String()) {
		return bad(http.StatusBadRequest, "invalid_exchange_id", "exchange_id must be the 32-character id from the X-Guardrail-Exchange-Id header")
	}
	kind := fb.Get("kind")
	if kind.Type != gjson.String || !slices.Contains(feedbackKinds, kind.String()) {
		return bad(http.StatusBadRequest, "invalid_kind", "kind must be one of: "+strings.Join(feedbackKinds, ", "))
	}
	msg := fb.Get("message")
	if msg.Exists() && msg.Type != gjson.String {
		return bad(http.StatusBadRequest, "invalid_message", "message must be a string")
	}
	text := msg.String()
	if utf8.RuneCountInString(text) > maxFeedbackMessage {
		return bad(http.StatusBadRequest, "invalid_message", "message is longer than 4000 characters")
	}
	redacted := redact.Apply(text, st.find(text), st.policy, nil)
	g.emitter.Emit(&exchange.Record{
		Kind:         exchange.KindFeedback,
		ExchangeID:   id.String(),
		Time:         now(),
		Host:         r.Host,
		Route:        g.Route,
		Path:         r.URL.Path,
		RulesVersion: st.version,
		Feedback:     &exchange.Feedback{Kind: kind.String(), Message: redacted},
	})
	metricFeedback.WithLabelValues(kind.String()).Inc()
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusAccepted)
	_, err = io.WriteString(w, `{"status":"accepted"}`)
	return err
}

func isExchangeID(s string) bool {
	if len(s) != 32 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c < '0' || c > '9') && (c < 'a' || c > 'f') {
			return false
		}
	}
	return true
}
