package redact

import (
	"slices"
	"strings"
	"testing"
)

// exportCell is one cell of a row of a documented export: its column's
// label, its value and the type a span must give it ("" for none).
type exportCell struct{ label, value, typ string }

// exportCase builds a corpus case from an export's documented header
// line and rows given by column: the row cells follow the header's order,
// the others are empty, and the wanted spans follow the text's order.
func exportCase(name, intro, header string, sep byte, rows ...[]exportCell) formats18Case {
	labels := strings.Split(header, string(sep))
	var text strings.Builder
	text.WriteString(intro + header + "\n")
	var want []string
	for _, row := range rows {
		cells := make([]string, len(labels))
		byCol := slices.Clone(row)
		slices.SortStableFunc(byCol, func(a, b exportCell) int {
			return slices.Index(labels, a.label) - slices.Index(labels, b.label)
		})
		for _, c := range byCol {
			k := slices.Index(labels, c.label)
			if k < 0 {
				panic(name + ": no column " + c.label)
			}
			cells[k] = c.value
			if c.typ != "" {
				want = append(want, c.typ+" "+strings.Trim(c.value, "\""))
			}
		}
		text.WriteString(strings.Join(cells, string(sep)) + "\n")
	}
	return formats18Case{name: name, text: text.String(), want: want}
}

// The documented headers of the exports (formats21_columns.go names the
// platforms); every value is our own.
const (
	shopifyOrdersHeader = "Name,Email,Financial Status,Paid at,Fulfillment Status,Fulfilled at,Accepts Marketing,Currency," +
		"Subtotal,Shipping,Taxes,Total,Discount Code,Discount Amount,Shipping Method,Created at,Lineitem quantity," +
		"Lineitem name,Lineitem price,Lineitem compare at price,Lineitem sku,Lineitem requires shipping,Lineitem taxable," +
		"Lineitem fulfillment status,Billing Name,Billing Street,Billing Address1,Billing Address2,Billing Company," +
		"Billing City,Billing Zip,Billing Province,Billing Country,Billing Phone,Shipping Name,Shipping Street," +
		"Shipping Address1,Shipping Address2,Shipping Company,Shipping City,Shipping Zip,Shipping Province," +
		"Shipping Country,Shipping Phone,Notes,Note Attributes,Cancelled at,Payment Method,Payment Reference," +
		"Refunded Amount,Vendor,Id,Tags,Risk Level,Source,Lineitem discount,Tax 1 Name,Tax 1 Value,Phone," +
		"Receipt Number,Duties,Billing Province Name,Shipping Province Name,Payment ID,Payment Terms Name," +
		"Next Payment Due At,Payment References"
	shopifyCustomersHeader = "Customer ID,First Name,Last Name,Email,Accepts Email Marketing,Default Address Company," +
		"Default Address Address1,Default Address Address2,Default Address City,Default Address Province Code," +
		"Default Address Country Code,Default Address Zip,Default Address Phone,Phone,Accepts SMS Marketing," +
		"Total Spent,Total Orders,Note,Tax Exempt,Tags"
	wooOrdersHeader = "Order ID,Order Number,Order Date,Status,Billing First Name,Billing Last Name,Billing Full Name," +
		"Billing Company,Billing Email,Billing Phone,Billing Address 1,Billing Address 2,Billing Postcode,Billing City," +
		"Billing State,Billing Country,Shipping First Name,Shipping Last Name,Shipping Full Name,Shipping Address 1," +
		"Shipping Postcode,Shipping City,Customer Note"
	magentoGridHeader = "ID,Purchase Point,Purchase Date,Bill-to Name,Ship-to Name,Grand Total (Base)," +
		"Grand Total (Purchased),Status,Billing Address,Shipping Address,Shipping Information,Customer Email," +
		"Customer Group,Subtotal,Shipping and Handling,Customer Name,Payment Method,Total Refunded"
	magentoAddressHeader = "_website,_email,_entity_id,city,company,country_id,fax,firstname,lastname,middlename,postcode," +
		"prefix,region,region_id,street,suffix,telephone,vat_id,vat_is_valid,vat_request_date,vat_request_id," +
		"vat_request_success,_address_default_billing_,_address_default_shipping_"
	prestaCustomersFRHeader = "ID;Titre;Prénom;Nom;E-mail;Ventes;Activé;Lettre d'informations;Offres partenaires;" +
		"Inscription;Dernière visite"
	salesforceAPIHeader = "Id,FirstName,LastName,Salutation,MailingStreet,MailingCity,MailingState,MailingPostalCode," +
		"MailingCountry,Phone,MobilePhone,HomePhone,Email,Birthdate"
	salesforceReportHeader = "First Name,Last Name,Title,Account Name,Mailing Street,Mailing City," +
		"Mailing State/Province,Mailing Zip/Postal Code,Mailing Country,Phone,Mobile,Email,Birthdate,Contact Owner"
	googleContactsHeader = "First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name," +
		"Phonetic Last Name,Name Prefix,Name Suffix,Nickname,File As,Organization Name,Organization Title," +
		"Organization Department,Birthday,Notes,Photo,Labels,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label," +
		"Phone 1 - Value,Address 1 - Label,Address 1 - Formatted,Address 1 - Street,Address 1 - City," +
		"Address 1 - PO Box,Address 1 - Region,Address 1 - Postal Code,Address 1 - Country,Address 1 - Extended Address"
	outlookHeader = "First Name,Middle Name,Last Name,Title,Suffix,Nickname,Given Yomi,Surname Yomi,E-mail Address," +
		"E-mail 2 Address,E-mail 3 Address,Home Phone,Home Phone 2,Business Phone,Business Phone 2,Mobile Phone," +
		"Car Phone,Other Phone,Primary Phone,Pager,Business Fax,Home Fax,Other Fax,Company Main Phone,Callback," +
		"Radio Phone,Telex,TTY/TDD Phone,IMAddress,Job Title,Department,Company,Office Location,Manager's Name," +
		"Assistant's Name,Assistant's Phone,Company Yomi,Business Street,Business City,Business State," +
		"Business Postal Code,Business Country/Region,Home Street,Home City,Home State,Home Postal Code," +
		"Home Country/Region,Other Street,Other City,Other State,Other Postal Code,Other Country/Region," +
		"Personal Web Page,Spouse,Schools,Hobby,Location,Web Page,Birthday,Anniversary,Notes"
	outlookDEHeader = "Anrede,Vorname,Weitere Vornamen,Nachname,Suffix,Firma,Abteilung,Position,Straße geschäftlich," +
		"Ort geschäftlich,Postleitzahl geschäftlich,Straße privat,Ort privat,Bundesland/Kanton privat," +
		"Postleitzahl privat,Land/Region privat,Telefon geschäftlich,Telefon privat,Mobiltelefon,Geburtstag," +
		"E-Mail-Adresse,Notizen"
	eventbriteHeader = "Order #,Order Date,First Name,Last Name,Email,Quantity,Price Tier,Ticket Type,Attendee #,Group," +
		"Order Type,Currency,Total Paid,Fees Paid,Eventbrite Fees,Eventbrite Payment Processing,Attendee Status," +
		"Buyer Last Name,Buyer First Name,Buyer Email,Home Address 1,Home Address 2,Home City,Home State,Home Zip," +
		"Home Country,Cell Phone,Job Title,Company,Work Address 1,Work City,Gender,Age,Birth Date"
	stripeCustomersHeader = "id,Description,Email,Name,Created (UTC),Card ID,Card Name,Card Brand,Card Last4," +
		"Card Exp Month,Card Exp Year,Card Address Line1,Card Address Line2,Card Address City,Card Address State," +
		"Card Address Country,Card Address Zip,Shipping Name,Shipping Address Line1,Shipping Address Line2," +
		"Shipping Address City,Shipping Address State,Shipping Address Country,Shipping Address Postal Code,Phone," +
		"Address Line1,Address Line2,Address City,Address State,Address Country,Address Postal Code,Balance," +
		"Currency,Delinquent,Tax ID"
	calendlyHeader = "Invitee Name,Invitee First Name,Invitee Last Name,Invitee Email,Text Reminder Number," +
		"Event Type Name,Start Date & Time,End Date & Time,Invitee Time Zone,Location,Event Created Date & Time," +
		"Canceled,Canceled By,Cancellation reason,Question 1,Response 1"
	acuityHeader = "Start Time,End Time,First Name,Last Name,Phone,Email,Type,Calendar,Appointment Price,Paid?," +
		"Amount Paid Online,Certificate Code,Notes,Date Scheduled,Label,Scheduled By,Appointment ID"
	dhlHeader = "Shipment Reference,Receiver Company Name,Receiver Contact Name,Receiver Address Line 1," +
		"Receiver Address Line 2,Receiver City,Receiver Postal Code,Receiver Country Code,Receiver Phone,Receiver Email"
	consigneeHeader = "Consignee Name,Consignee Address 1,Consignee Address 2,Consignee City,Consignee State," +
		"Consignee Postal Code,Consignee Country,Consignee Phone,Consignee Email"
	upsHeader = "Contact Name,Company or Name,Country,Address 1,Address 2,Address 3,City,State/Prov/Other,Postal Code," +
		"Telephone,Ext,Residential Ind,Consignee Email,Packaging Type,Customs Value,Weight,Length,Width,Height," +
		"Unit of Measure,Description of Goods,Documents of No Commercial Value,GNIFC,Pkg Decl Value,Service," +
		"Delivery Confirm,Shipper Release,Ret of Documents,Saturday Deliver,Carbon Neutral,Large Package," +
		"Addl handling,Reference 1,Reference 2,Reference 3"
)

// formats21Cases are exports whose headers the readers before formats21
// did not know (too many columns, longer labels, '&', '?', apostrophes,
// roles, numbered parts), and tables that name no one.
var formats21Cases = []formats18Case{
	exportCase("shopify orders", "Which of these orders shipped late?\n", shopifyOrdersHeader, ',',
		[]exportCell{{"Name", "#2041", ""}, {"Email", "wren.hollis@example.com", "EMAIL_ADDRESS"},
			{"Financial Status", "paid", ""}, {"Currency", "GBP", ""}, {"Lineitem name", "Beeswax Wrap Set", ""},
			{"Billing Name", "Wren Hollis", "PERSON"}, {"Billing Street", "27 Tamarisk Close", "STREET_ADDRESS"},
			{"Billing Address1", "27 Tamarisk Close", "STREET_ADDRESS"}, {"Billing City", "Looe", "LOCATION"},
			{"Billing Zip", "TR18 4QX", "ZIP_CODE"}, {"Billing Country", "GB", ""},
			{"Shipping Name", "Wren Hollis", "PERSON"}, {"Shipping Street", "27 Tamarisk Close", "STREET_ADDRESS"},
			{"Shipping City", "Looe", "LOCATION"}, {"Shipping Zip", "TR18 4QX", "ZIP_CODE"},
			{"Vendor", "Hive and Honey", ""}, {"Risk Level", "Low", ""}}),
	exportCase("shopify customers", "", shopifyCustomersHeader, ',',
		[]exportCell{{"Customer ID", "7012345678", ""}, {"First Name", "Ottilie", "PERSON"},
			{"Last Name", "Marchbank", "PERSON"}, {"Accepts Email Marketing", "yes", ""},
			{"Default Address Address1", "4 Gorse Lane", "STREET_ADDRESS"}, {"Default Address City", "Ludlow", "LOCATION"},
			{"Default Address Zip", "SY8 1PQ", "ZIP_CODE"}, {"Default Address Country Code", "GB", ""},
			{"Total Spent", "112.40", ""}}),
	exportCase("woocommerce orders", "Draft a thank-you note per order:\n", wooOrdersHeader, ',',
		[]exportCell{{"Order ID", "5561", ""}, {"Status", "completed", ""}, {"Billing First Name", "Ansel", "PERSON"},
			{"Billing Last Name", "Ruddock", "PERSON"}, {"Billing Full Name", "Ansel Ruddock", "PERSON"},
			{"Billing Address 1", "88 Linden Crescent", "STREET_ADDRESS"}, {"Billing Postcode", "BS6 7TY", "ZIP_CODE"},
			{"Billing City", "Bath", "LOCATION"}, {"Shipping Address 1", "88 Linden Crescent", "STREET_ADDRESS"}}),
	exportCase("magento order grid", "", magentoGridHeader, ',',
		[]exportCell{{"ID", "000000312", ""}, {"Purchase Point", "Main Website", ""},
			{"Bill-to Name", "Priya Castellane", "PERSON"}, {"Ship-to Name", "Joss Castellane", "PERSON"},
			{"Status", "pending", ""}, {"Customer Name", "Priya Castellane", "PERSON"}}),
	exportCase("magento addresses", "", magentoAddressHeader, ',',
		[]exportCell{{"_website", "base", ""}, {"city", "Kilkenny", "LOCATION"}, {"firstname", "Lorcan", "PERSON"},
			{"lastname", "Devereux", "PERSON"}, {"middlename", "Ailbe", "PERSON"}, {"street", "5 Weir View", "STREET_ADDRESS"},
			{"country_id", "IE", ""}}),
	exportCase("prestashop customers, French", "", prestaCustomersFRHeader, ';',
		[]exportCell{{"ID", "118", ""}, {"Titre", "Mme", ""}, {"Prénom", "Apolline", "PERSON"}, {"Nom", "Vasseur", "PERSON"},
			{"Lettre d'informations", "Oui", ""}}),
	exportCase("salesforce data loader", "", salesforceAPIHeader, ',',
		[]exportCell{{"Id", "0035g00000XyZabAAB", ""}, {"FirstName", "Darius", "PERSON"}, {"LastName", "Kellaway", "PERSON"},
			{"MailingStreet", "410 Juniper Hollow Rd", "STREET_ADDRESS"}, {"MailingCity", "Boise", "LOCATION"},
			{"MailingPostalCode", "83702", "ZIP_CODE"}, {"MailingCountry", "USA", ""},
			{"Birthdate", "1983-10-02", "DATE_OF_BIRTH"}}),
	exportCase("salesforce report", "", salesforceReportHeader, ',',
		[]exportCell{{"First Name", "Noor", "PERSON"}, {"Last Name", "Qaddourin", "PERSON"},
			{"Mailing Street", "77 Cobblestone Way", "STREET_ADDRESS"}, {"Mailing City", "Kent", "LOCATION"},
			{"Mailing Zip/Postal Code", "98402", "ZIP_CODE"}}),
	exportCase("google contacts", "Tidy these contacts:\n", googleContactsHeader, ',',
		[]exportCell{{"First Name", "Sunniva", "PERSON"}, {"Last Name", "Brekke", "PERSON"},
			{"Nickname", "Sunni", "PERSON"}, {"Labels", "* myContacts", ""},
			{"Phone 1 - Label", "Mobile", ""}, {"Phone 1 - Value", "+47 912 34 567", "PHONE_NUMBER"},
			{"Address 1 - Label", "Home", ""}, {"Address 1 - Street", "Kjelsåsveien 12", "STREET_ADDRESS"},
			{"Address 1 - City", "Oslo", "LOCATION"}, {"Address 1 - Postal Code", "0488", "ZIP_CODE"}}),
	exportCase("outlook contacts", "", outlookHeader, ',',
		[]exportCell{{"First Name", "Cormac", "PERSON"}, {"Last Name", "Tierney", "PERSON"},
			{"Mobile Phone", "+353 86 555 0147", "PHONE_NUMBER"}, {"Manager's Name", "Orla Quigg", "PERSON"},
			{"Home Street", "3 Abbey Mews", "STREET_ADDRESS"}, {"Home City", "Sligo", "LOCATION"},
			{"Spouse", "Niamh Tierney", "PERSON"}}),
	exportCase("outlook contacts, German", "", outlookDEHeader, ',',
		[]exportCell{{"Anrede", "Frau", ""}, {"Vorname", "Henrike", "PERSON"}, {"Nachname", "Baumgart", "PERSON"},
			{"Firma", "Baumgart Holzbau", ""}, {"Straße privat", "Kastanienallee 41", "STREET_ADDRESS"},
			{"Ort privat", "Potsdam", "LOCATION"}, {"Postleitzahl privat", "14471", "ZIP_CODE"},
			{"Mobiltelefon", "+49 151 23456789", "PHONE_NUMBER"}}),
	exportCase("eventbrite attendees", "", eventbriteHeader, ',',
		[]exportCell{{"Order #", "1187654321", ""}, {"First Name", "Ravindra", "PERSON"}, {"Last Name", "Osei-Mensah", "PERSON"},
			{"Ticket Type", "Early Bird", ""}, {"Buyer Last Name", "Osei-Mensah", "PERSON"},
			{"Buyer First Name", "Abena", "PERSON"}, {"Home Address 1", "19 Maple Terrace", "STREET_ADDRESS"},
			{"Home City", "Derby", "LOCATION"}, {"Home Zip", "LE2 3FG", "ZIP_CODE"}, {"Age", "34", "AGE"},
			{"Birth Date", "1991-04-17", "DATE_OF_BIRTH"}}),
	exportCase("stripe customers", "", stripeCustomersHeader, ',',
		[]exportCell{{"id", "cus_Q1w2E3r4T5y6", ""}, {"Name", "Imogen Farrowby", "PERSON"},
			{"Card Name", "Imogen Farrowby", "PERSON"}, {"Card Brand", "Visa", ""},
			{"Card Address Line1", "6 Rosemount Place", "STREET_ADDRESS"}, {"Card Address City", "Perth", "LOCATION"},
			{"Card Address Zip", "PH2 7EH", "ZIP_CODE"}, {"Shipping Address City", "Perth", "LOCATION"},
			{"Address Postal Code", "PH2 7EH", "ZIP_CODE"}, {"Currency", "gbp", ""}}),
	exportCase("calendly events", "Summarise who booked:\n", calendlyHeader, ',',
		[]exportCell{{"Invitee Name", "Nomsa Tlhapane", "PERSON"}, {"Invitee First Name", "Nomsa", "PERSON"},
			{"Invitee Last Name", "Tlhapane", "PERSON"}, {"Text Reminder Number", "+27 82 555 0134", "PHONE_NUMBER"},
			{"Event Type Name", "Discovery Call", ""}, {"Start Date & Time", "2026-04-02 10:00 am", ""},
			{"Canceled", "false", ""}}),
	exportCase("acuity appointments", "", acuityHeader, ',',
		[]exportCell{{"Start Time", "April 9 2026 2:30pm", ""}, {"First Name", "Lowenek", "PERSON"},
			{"Last Name", "Trewin", "PERSON"}, {"Type", "Colour Consultation", ""}, {"Paid?", "yes", ""}}),
	exportCase("dhl receivers", "", dhlHeader, ',',
		[]exportCell{{"Shipment Reference", "SR-7781", ""}, {"Receiver Company Name", "Brightwater Trading", ""},
			{"Receiver Contact Name", "Aurelio Bassani", "PERSON"}, {"Receiver Address Line 1", "Via dei Mille 23", "STREET_ADDRESS"},
			{"Receiver City", "Bergamo", "LOCATION"}, {"Receiver Postal Code", "24122", "ZIP_CODE"}}),
	exportCase("consignees", "", consigneeHeader, ',',
		[]exportCell{{"Consignee Name", "Maripaz Quintero", "PERSON"}, {"Consignee Address 1", "Calle Olmo 7", "STREET_ADDRESS"},
			{"Consignee City", "Logroño", "LOCATION"}, {"Consignee Postal Code", "26001", "ZIP_CODE"}}),
	exportCase("ups batch", "", upsHeader, ',',
		[]exportCell{{"Contact Name", "Elspeth Margrave", "PERSON"}, {"Country", "US", ""},
			{"Address 1", "2210 Cedar Ridge Dr", "STREET_ADDRESS"}, {"City", "Ames", "LOCATION"},
			{"Postal Code", "50010", "ZIP_CODE"}, {"Weight", "2", ""}, {"Service", "03", ""}}),
	// localised exports: a role before the field (German), after it
	// (French, Spanish), a place label's suffix, a street's first line
	exportCase("order export, German roles", "", "Bestellnummer,Rechnung Vorname,Rechnung Nachname,Rechnung Firma,"+
		"Rechnung Adresse 1,Rechnung PLZ,Rechnung Stadt,Lieferung Vorname,Lieferung Nachname", ',',
		[]exportCell{{"Bestellnummer", "10442", ""}, {"Rechnung Vorname", "Wendelin", "PERSON"},
			{"Rechnung Nachname", "Achterberg", "PERSON"}, {"Rechnung Adresse 1", "Mühlweg 9", "STREET_ADDRESS"},
			{"Rechnung PLZ", "72070", "ZIP_CODE"}, {"Rechnung Stadt", "Tübingen", "LOCATION"},
			{"Lieferung Vorname", "Wendelin", "PERSON"}, {"Lieferung Nachname", "Achterberg", "PERSON"}}),
	exportCase("courier manifest, Spanish", "", "Referencia;Nombre destinatario;Apellidos destinatario;Dirección;"+
		"Código postal del destinatario;Localidad;Teléfono", ';',
		[]exportCell{{"Referencia", "ENV-2231", ""}, {"Nombre destinatario", "Eulalia", "PERSON"},
			{"Apellidos destinatario", "Barrachina Puig", "PERSON"}, {"Dirección", "Calle del Pez 4, 2ºA", "STREET_ADDRESS"},
			{"Código postal del destinatario", "03201", "ZIP_CODE"}, {"Localidad", "Elche", "LOCATION"}}),
	exportCase("courier manifest, French", "", "Référence;Nom destinataire;Prénom destinataire;Adresse 1;Adresse 2;"+
		"Code postal;Ville du destinataire;Téléphone", ';',
		[]exportCell{{"Référence", "CX-118", ""}, {"Nom destinataire", "Ravoisier", "PERSON"},
			{"Prénom destinataire", "Capucine", "PERSON"}, {"Adresse 1", "8 impasse des Lilas", "STREET_ADDRESS"},
			{"Code postal", "69007", "ZIP_CODE"}, {"Ville du destinataire", "Lyon", "LOCATION"}}),
	exportCase("crm export, French", "", "Prénom,Nom,E-mail,Adresse postale,Ville,Code postal", ',',
		[]exportCell{{"Prénom", "Aurèle", "PERSON"}, {"Nom", "Quéméneur", "PERSON"},
			{"Adresse postale", "3 rue du Four", "STREET_ADDRESS"}, {"Ville", "Auray", "LOCATION"},
			{"Code postal", "29000", "ZIP_CODE"}}),
	// tables that name no one
	{name: "product export with long labels",
		text: "Handle,Title,Variant Compare At Price,Variant Requires Shipping,Gift Card,SEO Title\n" +
			"linen-apron,Linen Apron,24.00,true,false,Linen Apron & Tea Towel\n",
		not: []string{"Linen Apron"}},
	{name: "business address columns",
		text: "First Name,Last Name,Company,Business Street,Business City\nIvo,Pranjić,Adriatic Sails,Obala 4,Split\n",
		want: []string{"PERSON Ivo", "PERSON Pranjić"}},
}

func TestFormats21Corpus(t *testing.T) {
	// main at 5efa24d found 75 of 121 (no header over 24 columns or with
	// a label over 24 bytes, '&', '?' or an apostrophe, no role before
	// "Address 1" or "Line1", none after the field, no numbered part);
	// formats21 121 of 121.
	// The floor may only go up.
	checkFormatsCorpus(t, "formats21", formats21Cases, formats21Floor)
}

// formats21Floor is the fewest corpus fields TestFormats21Corpus accepts.
const formats21Floor = 121

func TestFormats21TesterRows(t *testing.T) {
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	text := "Sign-ups from the stall tablet:\nFirst name,Last name,Email,Postcode\ntest,test,t@example.com,00000\n" +
		"asdf,asdf,a@example.com,00000\nOrla,Brannagh,orla.b@example.com,BT9 5AB\n"
	var got []string
	for _, s := range e.Find(text) {
		if s.Type == "PERSON" || s.Type == "ZIP_CODE" {
			got = append(got, s.Type+" "+text[s.Start:s.End])
		}
	}
	want := []string{"PERSON Orla", "PERSON Brannagh", "ZIP_CODE BT9 5AB"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}
