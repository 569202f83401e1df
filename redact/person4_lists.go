package redact

// Word lists of the eleventh session's person rules (person4_slots.go):
// capitalised words that open a run before a name and must be split off
// it, and the words of a tone label, which are given names too.

// person4Stops are capitalised words that are never part of a name and
// that prose puts right before one, where the run reader would otherwise
// glue them to it: signing words of the Nordic and other prompt languages
// ("Underskrevet Mette"), plurals of the words for children before a list
// of them ("Kinder Ama (12) und …"), participles before "von", "da" or
// "de" in notes and signatures ("Bearbeitet von Anja …", "Scritto da
// …"), and naming verbs that open a sentence ("Chama-se Dinis …").
// They join stopCapitalised's words in nameFlags; none is a name of the
// gazetteers.
var person4Stops = []string{
	// Signing words.
	"Underskrevet", "Undertegnet", "Underskrift", "Undertecknat", "Undertecknad", "Unterschrift",
	"Gezeichnet", "Podpis", "Podpisała", "Podpisał", "Ondertekend", "Ondertekening", "Assinatura",
	"Signature", "Signatur", "Unterzeichnet", "Signing",
	// Children and grandchildren, before their names.
	"Kinder", "Enkelkinder", "Kids", "Children", "Enfants", "Hijos", "Hijas", "Figli", "Kinderen",
	"Filhos", "Filhas", "Dzieci", "Barn", "Børn", "Barnbarn", "Töchter", "Söhne", "Sons", "Daughters",
	"Grandchildren", "Grandkids", "Nietos", "Nipoti", "Kleinkinderen", "Netos", "Wnuki",
	// Participles before the name of whoever did it.
	"Bearbeitet", "Erstellt", "Geschrieben", "Gesendet", "Verfasst", "Geprüft", "Freigegeben",
	"Angelegt", "Aufgenommen", "Betreut", "Bearbeitung", "Nachricht", "Anruf", "Rückruf", "Notiz",
	"Scritto", "Gestito", "Inviato", "Preparato", "Redatto", "Seguito", "Messaggio", "Nota",
	"Escrito", "Enviado", "Preparado", "Atendido", "Atendida", "Gestionado", "Mensaje", "Mensagem",
	"Recado", "Chamado", "Ticket", "Rédigé", "Préparé", "Envoyé", "Traité",
	// Words that open a street's name, capitalised (streetWords).
	"Via", "Viale", "Piazza", "Piazzale", "Corso", "Largo", "Vicolo", "Rue", "Allée", "Quai", "Calle",
	"Avenida", "Plaza", "Paseo", "Rua", "Travessa", "Praça", "Ulica", "Aleja", "Plac", "Rambla", "Carrer",
	"Passeig", "Lungomare",
	// Naming verbs that open a sentence.
	"Chama-se", "Chamava-se", "Heet", "Heißt", "Heisst", "Llamado", "Llamada",
}

// toneWords are words of a tone of voice after a tone label ("Tom
// simpático", "Tom: formal, curto", "Toon: informeel", "Tone: warm"),
// in lower case.
var toneWords = boolTable(map[string]bool{
	// Portuguese.
	"formal": true, "informal": true, "simpático": true, "simpática": true, "motivador": true,
	"motivadora": true, "leve": true, "descontraído": true, "descontraída": true, "próximo": true,
	"próxima": true, "amigável": true, "caloroso": true, "calorosa": true, "divertido": true,
	"divertida": true, "profissional": true, "sério": true, "séria": true, "direto": true, "direta": true,
	"alegre": true, "jovial": true, "cordial": true, "neutro": true, "neutra": true, "empático": true,
	"empática": true, "inspirador": true, "inspiradora": true, "entusiasmado": true, "positivo": true,
	"acolhedor": true, "acolhedora": true, "carinhoso": true, "carinhosa": true, "respeitoso": true,
	"educado": true, "natural": true, "elegante": true, "premium": true, "urgente": true, "calmo": true,
	"tranquilo": true, "otimista": true, "objetivo": true, "conciso": true, "curto": true, "curta": true,
	"breve": true, "de": true, "bem": true, "mais": true, "menos": true, "pessoal": true, "festivo": true,
	"caseiro": true, "humano": true, "jovem": true, "sóbrio": true, "gentil": true, "afetuoso": true,
	// English, Dutch and the other prompt languages.
	"casual": true, "friendly": true, "warm": true, "professional": true, "pro": true, "playful": true,
	"fun": true, "upbeat": true, "cheerful": true, "polite": true, "light": true, "relaxed": true,
	"formeel": true, "informeel": true, "vriendelijk": true, "luchtig": true, "zakelijk": true,
	"persoonlijk": true, "speels": true, "enthousiast": true, "hartelijk": true, "amichevole": true,
	"informale": true, "formale": true, "cordiale": true, "leggero": true, "scherzoso": true,
	"cercano": true, "cercana": true, "cálido": true, "cálida": true, "serio": true, "sympa": true,
	"chaleureux": true, "léger": true, "festif": true, "détendu": true, "bienveillant": true,
	"locker": true, "freundlich": true, "herzlich": true, "sachlich": true, "persönlich": true,
	// Session 11, person5: more tone words of the same languages (a
	// Portuguese "Tom simples, sem exageros" opened a brief's line).
	"simples": true, "suave": true, "sincero": true, "sincera": true, "honesto": true, "honesta": true,
	"autêntico": true, "autêntica": true, "emotivo": true, "emotiva": true, "emocionante": true,
	"sereno": true, "serena": true, "humilde": true, "moderno": true, "moderna": true, "clássico": true,
	"clássica": true, "familiar": true, "intimista": true, "poético": true, "poética": true,
	"nostálgico": true, "nostálgica": true, "animado": true, "animada": true, "engraçado": true,
	"engraçada": true, "informativo": true, "informativa": true, "comercial": true, "promocional": true,
	"sem": true, "muito": true, "bastante": true, "delicado": true, "delicada": true, "doce": true,
	"confiante": true, "convidativo": true, "convidativa": true, "claro": true, "clara": true,
	"simpatico": true, "descontraido": true, "proximo": true, "amigavel": true,
	"simple": true, "sencillo": true, "sencilla": true, "amable": true, "desenfadado": true,
	"desenfadada": true, "profesional": true, "fresco": true, "fresca": true, "juvenil": true,
	"cercano,": true, "semplice": true, "caldo": true, "professionale": true,
	"giocoso": true, "ironico": true, "sobrio": true, "empatico": true,
	"colloquiale": true, "positief": true, "rustig": true, "eenvoudig": true, "vrolijk": true,
	"professioneel": true, "menselijk": true, "toegankelijk": true, "neutral": true, "calm": true,
	"bold": true, "confident": true, "serious": true, "conversational": true, "witty": true,
	"sincere": true, "honest": true, "heartfelt": true, "gentle": true, "respectful": true,
	"optimistic": true, "positive": true, "empathetic": true, "reassuring": true, "authentic": true,
	"of": true, "chaleureuse": true, "doux": true, "douce": true, "complice": true,
	"bienveillante": true, "enjoué": true, "enjouée": true, "ludique": true, "sobre": true,
})

// toneLabels are the words for a tone of voice in the prompt languages
// that are given names as well (Portuguese "Tom", Dutch "Toon", English
// "Tone").
var toneLabels = boolTable(map[string]bool{"Tom": true, "Toon": true, "Tone": true, "Tono": true})
