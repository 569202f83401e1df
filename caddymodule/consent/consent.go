// Package consent decides, per exchange, whether a subject's data may be
// used for personalised content, from the consent evidence on the request.
package consent
