package caddymodule

import (
	"errors"

	"github.com/prometheus/client_golang/prometheus"
)

// Metrics live in Caddy's registry under caddy_guardrail_*. They are package
// variables so that counts survive config reloads; every Provision registers
// them again with the new config's registry. Labels take bounded values only:
// dialects, outcomes, entity types, categories, actions, consent decisions and
// sources — never subject ids, keys, models or text.
var (
	metricExchanges = prometheus.NewCounterVec(prometheus.CounterOpts{
		Namespace: "caddy", Subsystem: "guardrail", Name: "exchanges_total",
		Help: "Exchanges handled by the guardrail, by dialect and outcome.",
	}, []string{"dialect", "outcome"})
	metricRedactions = prometheus.NewCounterVec(prometheus.CounterOpts{
		Namespace: "caddy", Subsystem: "guardrail", Name: "redactions_total",
		Help: "Personal data values redacted from prompts, by entity type.",
	}, []string{"type"})
	metricFindings = prometheus.NewCounterVec(prometheus.CounterOpts{
		Namespace: "caddy", Subsystem: "guardrail", Name: "findings_total",
		Help: "Screening findings in answers, by category and action.",
	}, []string{"category", "action"})
	metricConsent = prometheus.NewCounterVec(prometheus.CounterOpts{
		Namespace: "caddy", Subsystem: "guardrail", Name: "consent_decisions_total",
		Help: "Consent decisions, by decision and by each source that contributed (\"none\" when no source did).",
	}, []string{"decision", "source"})
	metricProcessing = prometheus.NewHistogramVec(prometheus.HistogramOpts{
		Namespace: "caddy", Subsystem: "guardrail", Name: "processing_seconds",
		Help:    "Time the guardrail itself added to an exchange (request inspection, answer screening and restoring), excluding the upstream.",
		Buckets: []float64{.00005, .0001, .00025, .0005, .001, .0025, .005, .01, .025, .05, .1, .25},
	}, []string{"dialect"})
	metricFeedback = prometheus.NewCounterVec(prometheus.CounterOpts{
		Namespace: "caddy", Subsystem: "guardrail", Name: "feedback_total",
		Help: "Feedback reports received, by kind.",
	}, []string{"kind"})
)

// registerMetrics registers the collectors with reg; collectors already
// registered there count as success.
func registerMetrics(reg prometheus.Registerer) error {
	if reg == nil {
		return nil
	}
	for _, c := range []prometheus.Collector{metricExchanges, metricRedactions, metricFindings, metricConsent, metricProcessing, metricFeedback} {
		if err := reg.Register(c); err != nil {
			if _, ok := errors.AsType[prometheus.AlreadyRegisteredError](err); !ok {
				return err
			}
		}
	}
	return nil
}

// observe counts one finished exchange.
func (x *exchangeState) observe() {
	metricExchanges.WithLabelValues(x.dialect, x.outcome).Inc()
	for typ, n := range x.redactions.byType {
		metricRedactions.WithLabelValues(typ).Add(float64(n))
	}
	for _, f := range x.findings {
		metricFindings.WithLabelValues(f.category, f.action).Inc()
	}
	if x.consentDecision != "" {
		if len(x.consentSources) == 0 {
			metricConsent.WithLabelValues(x.consentDecision, "none").Inc()
		}
		for _, s := range x.consentSources {
			metricConsent.WithLabelValues(x.consentDecision, s).Inc()
		}
	}
	metricProcessing.WithLabelValues(x.dialect).Observe(x.guardDur.Seconds())
}
