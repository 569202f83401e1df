package redact

import "testing"

func TestSecretDetector(t *testing.T) {
	const (
		openai    = "sk-abcdEFGH1234ijklMNOP5678qrstUVWX9012yzABCDEF3456"
		proj      = "sk-proj-Ab3dEf6hIj9lMn2pQr5tUv8xYz1bCd4fGh7j"
		anthropic = "sk-ant-api03-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCdEf"
		akid      = "AKIAIOSFODNN7EXAMPLE"
		awsSecret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
		ghp       = "ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789"
		ghpat     = "github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXY"
		slack     = "xoxb-1234567890-0987654321-AbCdEfGhIjKlMnOp"
		stripe    = "sk_live_4eC39HqLyjWDarjtT1zdp7dc"
		google    = "AIzaSyA1b2C3d4E5f6G7h8I9j0KlMnOpQrStUvW"
		jwt       = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
		sendgrid  = "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"
		mailchimp = "0123456789abcdef0123456789abcdef-us21"
		mailgun   = "key-3ax6xnjp29jd6fds4gc373sgvjxteol0"
		hubspot   = "pat-na1-a1b2c3d4-e5f6-47a8-9b0c-d1e2f3a4b5c6"
		gitlab    = "glpat-xB7kQ2mZ9vR4tY1wP6sN"
		npm       = "npm_aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5"
		hf        = "hf_aBcDeFgHiJkLmNoPqRsTuVwXyZaBcDeFgH"
		shopify   = "shpat_0123456789abcdef0123456789abcdef"
		pem       = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA0Z3VS5JJcds3xfn/ygWyF8PbnGy0AHB7MhgHcTz6sE2I2yPB\n-----END RSA PRIVATE KEY-----"
	)
	runDetCases(t, secretDetector{}, "SECRET", []detCase{
		{"openai legacy", "key=" + openai + " done", []string{openai}},
		{"openai project", `"` + proj + `"`, []string{proj}},
		{"anthropic", "ANTHROPIC_API_KEY=" + anthropic, []string{anthropic}},
		{"aws key id", "id " + akid + ",", []string{akid}},
		{"aws secret with label", "aws_secret_access_key = " + awsSecret, []string{awsSecret}},
		{"github classic", ghp, []string{ghp}},
		{"github fine-grained", "token " + ghpat, []string{ghpat}},
		{"slack", slack, []string{slack}},
		{"stripe", "use " + stripe + ".", []string{stripe}},
		{"google", google, []string{google}},
		{"jwt", "Bearer " + jwt, []string{jwt}},
		{"pem", "key:\n" + pem + "\nthanks", []string{pem}},
		{"pem without end", "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7", []string{"-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7"}},
		{"public key block", "-----BEGIN PUBLIC KEY-----\nMIIB\n-----END PUBLIC KEY-----", nil},
		{"sk word", "ask-me-anything and task-based sk-learn-style approach", nil},
		{"sk lower only", "sk-thisisjustalongsentencewithoutdigits", nil},
		{"akia too short", "AKIA1234", nil},
		{"random hex", "commit 3f786850e387550fdab836ed7e6dc881de23001b", nil},
		{"aws secret upper label", "AWS_SECRET_ACCESS_KEY=" + awsSecret, []string{awsSecret}},
		{"aws secret camel label", `"SecretAccessKey": "` + awsSecret + `"`, []string{awsSecret}},
		{"aws secret spaced label", "AWS Secret Access Key: " + awsSecret, []string{awsSecret}},
		{"aws key id and secret", akid + " SecretAccessKey=" + awsSecret + " " + google, []string{akid, awsSecret, google}},
		{"access without key", "Access " + awsSecret, nil},
		{"aws secret without label", awsSecret, nil},
		{"secret label without aws", "secret_sauce = " + awsSecret, nil},
		{"eyJ not a jwt", "eyJub3QganNvbg.eyJ4.abc", nil},
		{"jwt header without alg", "eyJ0eXAiOiJKV1QifQ.eyJzdWIiOiIxIn0.c2ln", nil},
		{"snake case", "max_tokens and gh_pages and pk_test", nil},
		{"sendgrid", "SENDGRID_API_KEY=" + sendgrid, []string{sendgrid}},
		{"sendgrid in a sentence", "Use " + sendgrid + ". Thanks.", []string{sendgrid}},
		{"mailchimp", `{"apikey":"` + mailchimp + `"}`, []string{mailchimp}},
		{"mailgun", "api:" + mailgun, []string{mailgun}},
		{"mailgun new form", "MAILGUN_API_KEY=0123456789abcdef0123456789abcdef-1a2b3c4d-5e6f7a8b", []string{"0123456789abcdef0123456789abcdef-1a2b3c4d-5e6f7a8b"}},
		{"hubspot", "Bearer " + hubspot, []string{hubspot}},
		{"gitlab", "token " + gitlab + " expires", []string{gitlab}},
		{"npm", "//registry.npmjs.org/:_authToken=" + npm, []string{npm}},
		{"hugging face", "HF_TOKEN=" + hf, []string{hf}},
		{"shopify", "X-Shopify-Access-Token: " + shopify, []string{shopify}},
		{"marketing look-alikes", "SG. 2024 results. The SG.team, key-accounts, pat-down, us-east-1, " +
			"glpat-short, npm_install, hf_model, shpat_short, a1b2c3d4-e5f6-47a8-9b0c-d1e2f3a4b5c6 (a UUID alone), " +
			"deadbeefdeadbeefdeadbeefdeadbeef-used, campaign-us2 and key-visual-2024", nil},
		{"sendgrid wrong lengths", "SG.abc.def and SG.ngeVfQFYQlKU0ufo8x5d1A.short", nil},
	})
}
