package caddymodule

import "github.com/caddy-guardrail/guardrail/redact"

// The request rewrite searches every string of a body, object keys
// included (fail closed: see redactJSON), so a chat request has its member
// names searched on every exchange: "messages", "content" once per
// message, "stream", "temperature"... The detectors find nothing in them,
// but each search costs the engine's fixed cost per call (~150 ns for a
// word, more than a map lookup). A snapshot therefore searches the member
// names of the APIs it knows once, when it is built, and its find skips
// the words in which nothing was found. The detectors are a pure function
// of the snapshot and the text, so the spans are the same either way; the
// set holds only this package's own words, never a client's text.

// apiWords are member names (and a few enum values) of the request bodies
// of the dialects this package speaks. A word in which the snapshot's rules
// find something (a deny term, a custom pattern) is left out of its set.
var apiWords = []string{
	// OpenAI Chat Completions, Completions, Responses, Embeddings
	"messages", "content", "role", "name", "model", "stream", "stream_options",
	"include_usage", "temperature", "top_p", "n", "stop", "max_tokens",
	"max_completion_tokens", "presence_penalty", "frequency_penalty",
	"logit_bias", "logprobs", "top_logprobs", "user", "safety_identifier",
	"prompt_cache_key", "seed", "tools", "tool_choice", "parallel_tool_calls",
	"function", "functions", "function_call", "tool_calls", "tool_call_id",
	"arguments", "parameters", "description", "strict", "type", "properties",
	"required", "items", "enum", "response_format", "json_schema", "schema",
	"metadata", "store", "text", "image_url", "url", "detail", "input_audio",
	"audio", "voice", "format", "modalities", "prediction", "reasoning",
	"reasoning_effort", "effort", "summary", "service_tier", "verbosity",
	"web_search_options", "input", "instructions", "previous_response_id",
	"max_output_tokens", "truncation", "include", "background", "output",
	"call_id", "id", "prompt", "variables", "suffix", "echo", "best_of",
	"encoding_format", "dimensions", "refusal", "annotations",
	"system", "developer", "assistant", "tool", "auto", "none",
	// Anthropic Messages
	"max_tokens_to_sample", "stop_sequences", "top_k", "user_id", "thinking",
	"budget_tokens", "signature", "tool_use", "tool_result", "tool_use_id",
	"is_error", "source", "media_type", "data", "cache_control", "ephemeral",
	"citations", "input_schema", "disable_parallel_tool_use", "container",
	"mcp_servers",
	// Gemini generateContent
	"contents", "parts", "inlineData", "inline_data", "fileData", "file_data",
	"mimeType", "mime_type", "fileUri", "file_uri", "functionCall",
	"functionResponse", "function_response", "response",
	"args", "systemInstruction", "system_instruction", "generationConfig",
	"generation_config", "safetySettings", "safety_settings", "category",
	"threshold", "topP", "topK", "maxOutputTokens",
	"candidateCount", "stopSequences", "responseMimeType", "responseSchema",
	"thinkingConfig", "thinkingBudget", "includeThoughts", "toolConfig",
	"functionDeclarations", "function_declarations", "cachedContent",
	// Ollama chat, generate, embed
	"images", "options", "keep_alive", "num_ctx", "num_predict", "raw",
	"context", "template", "truncate",
}

// cleanWordFind returns find that skips the detectors for the words of
// apiWords in which find finds nothing; every other text goes to find.
func cleanWordFind(find func(string) []redact.Span) func(string) []redact.Span {
	clean := make(map[string]struct{}, len(apiWords))
	longest := 0
	for _, w := range apiWords {
		if len(find(w)) == 0 {
			clean[w] = struct{}{}
			longest = max(longest, len(w))
		}
	}
	return func(s string) []redact.Span {
		if len(s) <= longest {
			if _, ok := clean[s]; ok {
				return nil
			}
		}
		return find(s)
	}
}
