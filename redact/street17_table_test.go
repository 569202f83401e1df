package redact

import "testing"

// TestStreet17ShopExportColumns holds order exports whose header puts
// the address's role before each label (Shopify, WooCommerce), read by
// loc17_columns.go.
func TestStreet17ShopExportColumns(t *testing.T) {
	checkFindCases(t, []findCase{
		{"shopify shipping columns",
			"Name,Email,Shipping Name,Shipping Street,Shipping City,Shipping Zip\n" +
				"#1001,ana.lima@example.com,Ana Lima,\"Rua Harmonia, 455, apto 31\",Itu,13083-210\n",
			[]string{"EMAIL_ADDRESS:ana.lima@example.com", "PERSON:Ana Lima",
				"STREET_ADDRESS:Rua Harmonia, 455, apto 31", "LOCATION:Itu", "ZIP_CODE:13083-210"}},
		{"woocommerce billing columns",
			"order_id,billing_first_name,billing_address_1,billing_city,billing_postcode\n" +
				"77,Ewa,ul. Lipowa 3,Gdynia,81-572\n",
			[]string{"PERSON:Ewa", "STREET_ADDRESS:ul. Lipowa 3", "LOCATION:Gdynia", "ZIP_CODE:81-572"}},
	})
}

// TestStreet17CompanyRow: a row whose name cell ends with a company's
// legal form keeps no name, street, town or postcode; the buyer's row
// beside it keeps them.
func TestStreet17CompanyRow(t *testing.T) {
	checkFindCases(t, []findCase{
		{"trade customer row",
			"Order,Shipping Name,Shipping Street,Shipping City,Shipping Zip\n" +
				"#21,Lia Campos,\"Rua Ipê, 14\",Itu,13300-010\n" +
				"#22,Velas Serranas Ltda,\"Rua do Ouro, 9\",Tiradentes,36325-000\n",
			[]string{"PERSON:Lia Campos", "STREET_ADDRESS:Rua Ipê, 14", "LOCATION:Itu", "ZIP_CODE:13300-010"}},
	})
}
