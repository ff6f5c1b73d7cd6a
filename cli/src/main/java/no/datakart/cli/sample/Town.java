package no.datakart.cli.sample;

/**
 * The municipality the share belongs to: its own address, switchboard, organisation number and account,
 * made once per share so that every letter agrees.
 */
record Town(String name, Address townHall, String switchboard, String orgNumber, String account) {
    static final String[] SCHOOLS = {"Nordby skole", "Sletta skole", "Åsen skole", "Fjellstad ungdomsskole"};
    static final String[] KINDERGARTENS = {"Solsikken barnehage", "Tusenfryd barnehage", "Bjørkeli barnehage"};

    static Town of(Fakes x) {
        return new Town(Fakes.MUNICIPALITY, new Address("Rådhusgata " + x.between(1, 9), "1850", "Mysen"),
                "69" + x.digits(6), x.orgNumber(), x.account());
    }

    String postmottak() {
        return "postmottak@" + Fakes.STAFF_DOMAIN;
    }
}
