package redact

// Greek given names as people use them every day: the faker lists of
// data/names_script.txt hold the formal names of the civil register
// (Γεώργιος, Νικόλαος, Ιωάννης, Αικατερίνη) and few of the short forms
// that prompts write (Γιώργος, Νίκος, Γιάννης, Κατερίνα), which every
// formal name has. greekEverydayGiven lists the common ones, written for
// this project from general knowledge; casedEvidence (person14_cased.go)
// reads it as a given name of the script lists, in the nominative: it
// only ever counts beside another name, after a title or label, or after
// a kinship word (names17_kin.go), never alone. In another case
// ("Νίκο", "Κατερίνας") it counts only after a kinship word: a
// genitive pair is most often a famous name quoted ("a line of Nikos
// Kazantzakis"). Built on the first Greek text only.
var greekEverydayGiven = keySet(
	// Men.
	"Γιώργος", "Νίκος", "Γιάννης", "Κώστας", "Βαγγέλης", "Λευτέρης", "Θοδωρής", "Θόδωρος", "Τάκης", "Μήτσος",
	"Μανώλης", "Μπάμπης", "Χάρης", "Στέλιος", "Αντώνης", "Τάσος", "Σάκης", "Λάκης", "Άκης", "Μιχάλης",
	"Παύλος", "Στράτος", "Γρηγόρης", "Θανάσης", "Σωτήρης", "Παντελής", "Λάμπρος", "Βασίλης", "Ηλίας",
	"Κυριάκος", "Φώτης", "Μάκης", "Ντίνος", "Αλέκος", "Τόλης", "Μάριος", "Πέτρος", "Φίλιππος",
	"Νώντας", "Γιώργης", "Αποστόλης", "Μανός", "Στάθης", "Τζίμης", "Χρίστος", "Τίτος",
	// Women.
	"Κατερίνα", "Ρένα", "Βούλα", "Σούλα", "Ντίνα", "Κική", "Γωγώ", "Λίτσα", "Νίτσα", "Ρούλα", "Τούλα",
	"Μαίρη", "Βάσω", "Βίκυ", "Φωφώ", "Γιούλη", "Λένα", "Νένα", "Τίνα", "Πόπη", "Μαρίνα", "Δέσποινα",
	"Ντόρα", "Έφη", "Κούλα", "Κατίνα", "Αλίκη", "Νίκη", "Λίνα", "Μαριλένα", "Ελισάβετ", "Χρυσούλα",
	"Σταυρούλα", "Τασούλα", "Γεωργούλα", "Κωνσταντίνα", "Ιωάννα", "Αγγελική", "Βασιλική", "Παναγιώτα",
)

// greekEverydayInflected reports whether key is one of them in another
// case than the nominative.
func greekEverydayInflected(key string) bool {
	return inflectedKnown(key, scGreek, greekEverydayKnown)
}

// greekEverydayKnown reports whether key (scriptKey) is one of them.
func greekEverydayKnown(key string) bool { return greekEverydayGiven.has(key) }
