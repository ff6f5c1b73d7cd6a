package no.datakart.cli.sample;

/** A postal address: a street with its number, and a postnummer with the poststed Bring pairs with it. */
record Address(String street, String postnummer, String poststed) {
    String place() {
        return postnummer + " " + poststed;
    }
}
