"""Part-3 settlement sets (fresh, written without reading the part-1/part-2 specifications).

Dates follow each programme's eligibility period:
* Cyfrowa Gmina: expenses from 01.02.2020 to the project end, at the latest 31.12.2023
  (cyfrowa_gmina_regulamin.txt §3 ust. 8; the January 2024 regulamin governs over the scheme's 30.09.2023).
* Cyfrowy Powiat: from 01.02.2020, project at the latest until 31.12.2023 (schemat, Wydatki kwalifikowalne pkt 8-9).
* Cyberbezpieczny Samorząd: the shorter period starts 1.06.2023 (schemat, pkt 9); every document here is
  dated in 2024-2025, before the project end given to the check.
Clean controls keep each invoice at or below 50 000 zł net (baza konkurencyjności, CG/CP schemat pkt 11,
CS schemat pkt 12), contain no advisory services, have a signed protocol dated on or after the delivery for
every invoice, and stay far below the grant.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from ..sets.model import ExpectedFinding, Line, Party, ProtocolItem, SettlementSet, make_nip
from .render import Invoice3, Protocol3

D = Decimal


def _party(name: str, address: str, city: str, seed: str) -> Party:
    return Party(name, address, city, make_nip(seed))


def _serials(prefix: str, count: int) -> tuple[str, ...]:
    return tuple(f"{prefix}{n:04d}" for n in range(1, count + 1))


def _ksef(nip: str, day: date, tail: str) -> str:
    return f"{nip}-{day:%Y%m%d}-{tail}"


# --- set 1: CG, clean, KSeF visualisations, laptops for a school at 0 % VAT --------------------------------


def _s1() -> SettlementSet:
    buyer = _party("Gmina Lipnik Wielki", "ul. Rynek 1", "27-540 Lipnik Wielki", "864120331")
    edu = _party("EDU-TECH Solutions sp. z o.o.", "ul. Fabryczna 17", "25-818 Kielce", "657301244")
    net = _party("NetSerwis Marek Lis", "ul. Sandomierska 4/2", "27-600 Opatów", "863170552")
    inv_a = Invoice3(
        file="FV_EDU_2023_06_0112.pdf",
        number="FV/2023/06/0112",
        issue_date=date(2023, 6, 14),
        sale_date=date(2023, 6, 12),
        seller=edu,
        buyer=buyer,
        layout="ksef",
        ksef_number=_ksef(edu.nip, date(2023, 6, 14), "3F0A9C21B7D4-5E"),
        lines=[
            Line(
                "Laptop Lenovo ThinkPad E14 Gen 5 i5-1335U/16GB/512GB SSD/W11Pro EDU – dla SP w Lipniku",
                D(14),
                "szt.",
                D("3150.00"),
                rate=0,
            ),
            Line("Mysz optyczna Lenovo 300 USB", D(14), "szt.", D("29.00")),
        ],
    )
    inv_b = Invoice3(
        file="FV_NetSerwis_47_2023.pdf",
        number="47/09/2023",
        issue_date=date(2023, 9, 5),
        sale_date=date(2023, 9, 4),
        seller=net,
        buyer=buyer,
        layout="ksef",
        ksef_number=_ksef(net.nip, date(2023, 9, 5), "B81C04E2AA90-13"),
        lines=[
            Line("Przełącznik Cisco CBS350-24FP-4G 24x GE PoE+", D(2), "szt.", D("3890.00")),
            Line("Punkt dostępowy Ubiquiti UniFi U6+", D(6), "szt.", D("640.00")),
            Line("Montaż i konfiguracja sieci Wi-Fi w budynku SP w Lipniku", D(1), "usł.", D("2400.00")),
        ],
    )
    pr_a = Protocol3(
        file="Protokol_ZO_1_2023.pdf",
        number="1/ZO/2023",
        date=date(2023, 6, 16),
        seller=edu,
        buyer=buyer,
        style="commission",
        place="Lipniku Wielkim",
        invoice_ref=inv_a.number,
        contract_ref="ZP.272.9.2023",
        committee=("Marta Sobczak – przewodnicząca", "Paweł Górski – informatyk"),
        handing_over="Łukasz Pietrzak",
        receiving="Marta Sobczak",
        items=[
            ProtocolItem(
                "Laptop Lenovo ThinkPad E14 Gen 5 i5-1335U/16GB/512GB SSD/W11Pro EDU",
                D(14),
                serials=_serials("PF4K", 14),
            ),
            ProtocolItem("Mysz optyczna Lenovo 300 USB", D(14)),
        ],
    )
    pr_b = Protocol3(
        file="Protokol_odbioru_siec_WiFi.pdf",
        number="PO/09/2023/3",
        date=date(2023, 9, 6),
        seller=net,
        buyer=buyer,
        invoice_ref=inv_b.number,
        handing_over="Marek Lis",
        receiving="Paweł Górski",
        place="Lipniku Wielkim",
        items=[
            ProtocolItem("Przełącznik Cisco CBS350-24FP-4G", D(2), serials=("PSZ27241A1C", "PSZ27241A2K")),
            ProtocolItem("Punkt dostępowy Ubiquiti UniFi U6+", D(6)),
            ProtocolItem("Montaż i konfiguracja sieci Wi-Fi", D(1), unit="usł."),
        ],
    )
    return SettlementSet(
        name="p3_01_clean_cg_ksef_school",
        programme="cg",
        project_end=date(2023, 12, 31),
        grant_amount=D("310000"),
        vat_recoverable=False,
        description=(
            "Clean control (CG): two KSeF-style invoices inside 01.02.2020-31.12.2023; laptops for a school at "
            "0 % VAT beside 23 % lines; a committee protocol and a kit protocol, both after the delivery."
        ),
        invoices=[inv_a, inv_b],
        protocols=[pr_a, pr_b],
        clean=True,
    )


# --- set 2: CP, clean, three-party invoice with PKWiU/CN codes ----------------------------------------------


def _s2() -> SettlementSet:
    powiat = _party("Powiat Grodziecki", "ul. Kościuszki 12", "62-410 Grodziec", "667200471")
    starostwo = Party("Starostwo Powiatowe w Grodźcu", "ul. Kościuszki 12", "62-410 Grodziec", powiat.nip)
    srv = _party("Serwerownia24 S.A.", "ul. Górecka 104", "61-483 Poznań", "778510239")
    trn = _party("INFOSKILL Joanna Mazur", "ul. Wrocławska 8", "62-800 Kalisz", "618230764")
    inv_a = Invoice3(
        file="FS_2023_10_387.pdf",
        number="FS 2023/10/387",
        issue_date=date(2023, 10, 18),
        sale_date=date(2023, 10, 17),
        seller=srv,
        buyer=powiat,
        recipient=starostwo,
        layout="pkwiu",
        payment_days=21,
        codes=("8471 41 00", "8504 40 40", "62.02.30.0"),
        lines=[
            Line(
                "Serwer Dell PowerEdge R450 Xeon Silver 4314 / 64GB / 2x 1,2TB SAS / iDRAC9",
                D(1),
                "szt.",
                D("21900.00"),
                serials=("7KQ9XM3",),
            ),
            Line("UPS APC Smart-UPS SMT2200RMI2UC 2200VA rack 2U", D(1), "szt.", D("4350.00")),
            Line(
                "Wdrożenie serwera – instalacja Windows Server, konfiguracja ról AD/DNS/DHCP",
                D(1),
                "usł.",
                D("3800.00"),
            ),
        ],
    )
    inv_b = Invoice3(
        file="Faktura_INFOSKILL_0458.pdf",
        number="F/0458/11/23",
        issue_date=date(2023, 11, 8),
        sale_date=date(2023, 11, 7),
        seller=trn,
        buyer=powiat,
        layout="classic",
        lines=[
            Line(
                'Szkolenie stacjonarne "Bezpieczna poczta i Internet w urzędzie" – grupa 15 os.',
                D(2),
                "usł.",
                D("2700.00"),
            ),
        ],
    )
    pr_a = Protocol3(
        file="Protokol_zdawczo_odbiorczy_serwer.pdf",
        number="SP/IT/14/2023",
        date=date(2023, 10, 20),
        seller=srv,
        buyer=powiat,
        style="commission",
        place="Grodźcu",
        invoice_ref=inv_a.number,
        contract_ref="OR.272.31.2023",
        committee=("Grzegorz Walczak", "Iwona Kubiak"),
        handing_over="Robert Nowak",
        receiving="Grzegorz Walczak",
        items=[
            ProtocolItem("Serwer Dell PowerEdge R450", D(1), serials=("7KQ9XM3",)),
            ProtocolItem("UPS APC Smart-UPS SMT2200RMI2UC", D(1), serials=("AS2319351207",)),
            ProtocolItem("Wdrożenie serwera (instalacja i konfiguracja)", D(1), unit="usł."),
        ],
    )
    pr_b = Protocol3(
        file="Protokol_odbioru_uslugi_szkolenie.pdf",
        number="12/SZK/2023",
        date=date(2023, 11, 8),
        seller=trn,
        buyer=powiat,
        title="PROTOKÓŁ ODBIORU USŁUGI",
        invoice_ref=inv_b.number,
        handing_over="Joanna Mazur",
        receiving="Iwona Kubiak",
        items=[
            ProtocolItem("Szkolenie stacjonarne – 2 grupy po 15 osób, lista obecności w załączeniu", D(2), unit="usł.")
        ],
    )
    return SettlementSet(
        name="p3_02_clean_cp_three_party",
        programme="cp",
        project_end=date(2023, 12, 31),
        grant_amount=D("350000"),
        vat_recoverable=True,
        description=(
            "Clean control (CP): an invoice with Sprzedawca / Nabywca (Powiat) / Odbiorca (Starostwo, no NIP printed) "
            "and a PKWiU/CN column; a training invoice; protocols dated after the deliveries, before 31.12.2023."
        ),
        invoices=[inv_a, inv_b],
        protocols=[pr_a, pr_b],
        clean=True,
    )


# --- set 3: CS, clean, security appliances, pentest, backup ---------------------------------------------


def _s3() -> SettlementSet:
    gmina = _party("Gmina Miejska Kołowice", "Plac Wolności 3", "58-300 Kołowice", "886110943")
    sec = _party("SECURITAS-IT sp. z o.o.", "ul. Legnicka 55F", "54-203 Wrocław", "894321657")
    aka = _party("CyberAkademia Tomasz Nowicki", "ul. Piastowska 21", "50-361 Wrocław", "898176530")
    dsp = _party("Data Storage Polska sp. z o.o.", "al. Jerozolimskie 181B", "02-222 Warszawa", "522870415")
    inv_a = Invoice3(
        file="KSeF_FA_2024_09_00871.pdf",
        number="FA/2024/09/00871",
        issue_date=date(2024, 9, 23),
        sale_date=date(2024, 9, 20),
        seller=sec,
        buyer=gmina,
        layout="ksef",
        ksef_number=_ksef(sec.nip, date(2024, 9, 23), "0C7E51A9F3B2-8D"),
        lines=[
            Line("FortiGate FG-80F z pakietem Unified Threat Protection 36 mies.", D(2), "szt.", D("9850.00")),
            Line("FortiAnalyzer-VM – licencja menedżera logów, 1 rok", D(1), "szt.", D("6400.00")),
            Line("Konfiguracja klastra HA FortiGate i polityk bezpieczeństwa", D(1), "usł.", D("4200.00")),
        ],
    )
    inv_b = Invoice3(
        file="FV_CyberAkademia_11_2024.pdf",
        number="FV 11/2024/006",
        issue_date=date(2024, 11, 14),
        sale_date=date(2024, 11, 13),
        seller=aka,
        buyer=gmina,
        layout="compact",
        lines=[
            Line(
                "Szkolenie online „Rozpoznawanie phishingu i socjotechniki” dla pracowników UM – grupa",
                D(4),
                "usł.",
                D("1850.00"),
            ),
            Line("Test penetracyjny serwisu www.kolowice.pl (OWASP) z raportem", D(1), "usł.", D("8900.00")),
        ],
    )
    inv_c = Invoice3(
        file="Faktura_DSP_1187_2025.pdf",
        number="1187/2025",
        issue_date=date(2025, 2, 11),
        sale_date=date(2025, 2, 10),
        seller=dsp,
        buyer=gmina,
        layout="summary",
        lines=[
            Line("Synology RackStation RS2423RP+ – NAS do kopii zapasowych", D(1), "szt.", D("11800.00")),
            Line("Dysk Synology HAT5310-8T 8TB SATA do macierzy", D(8), "szt.", D("1090.00")),
            Line("Veeam Backup Essentials Universal – 5 instancji, subskrypcja 1 rok", D(1), "szt.", D("3150.00")),
        ],
    )
    pr_a = Protocol3(
        file="Protokol_zdawczo_odbiorczy_FortiGate.pdf",
        number="CS/PZO/1/2024",
        date=date(2024, 9, 25),
        seller=sec,
        buyer=gmina,
        style="commission",
        place="Kołowicach",
        invoice_ref=inv_a.number,
        contract_ref="IT.271.5.2024",
        committee=("Adam Szymański – Pełnomocnik ds. cyberbezpieczeństwa", "Ewelina Duda"),
        handing_over="Kamil Jabłoński",
        receiving="Adam Szymański",
        items=[
            ProtocolItem(
                "FortiGate FG-80F z pakietem UTP 36 mies.", D(2), serials=("FGT80FTK24011873", "FGT80FTK24011902")
            ),
            ProtocolItem("FortiAnalyzer-VM – licencja 1 rok", D(1), serials=("FAZ-VM0000118274",)),
            ProtocolItem("Konfiguracja klastra HA i polityk bezpieczeństwa", D(1), unit="usł."),
        ],
    )
    pr_b = Protocol3(
        file="Protokol_odbioru_uslug_CyberAkademia.pdf",
        number="POU/11/2024",
        date=date(2024, 11, 15),
        seller=aka,
        buyer=gmina,
        title="PROTOKÓŁ ODBIORU USŁUGI",
        invoice_ref=inv_b.number,
        handing_over="Tomasz Nowicki",
        receiving="Adam Szymański",
        items=[
            ProtocolItem("Szkolenie online z rozpoznawania phishingu – 4 grupy", D(4), unit="usł."),
            ProtocolItem("Test penetracyjny serwisu www.kolowice.pl – raport końcowy", D(1), unit="usł."),
        ],
    )
    pr_c = Protocol3(
        file="Protokol_zdawczo_odbiorczy_NAS.pdf",
        number="CS/PZO/2/2025",
        date=date(2025, 2, 12),
        seller=dsp,
        buyer=gmina,
        style="commission",
        place="Kołowicach",
        invoice_ref=inv_c.number,
        committee=("Adam Szymański", "Ewelina Duda"),
        handing_over="Piotr Zawadzki",
        receiving="Ewelina Duda",
        items=[
            ProtocolItem("Synology RackStation RS2423RP+", D(1), serials=("2390RSN104522",)),
            ProtocolItem("Dysk Synology HAT5310-8T", D(8), serials=_serials("23B0HAT", 8)),
            ProtocolItem("Veeam Backup Essentials Universal – 5 instancji", D(1), unit="szt."),
        ],
    )
    return SettlementSet(
        name="p3_03_clean_cs_security",
        programme="cs",
        project_end=date(2025, 6, 30),
        grant_amount=D("850000"),
        vat_recoverable=False,
        description=(
            "Clean control (CS): firewalls with a log manager (KSeF layout), phishing training and a web "
            "pentest (compact), backup NAS with disks and software (summary); committee and kit protocols."
        ),
        invoices=[inv_a, inv_b, inv_c],
        protocols=[pr_a, pr_b, pr_c],
        clean=True,
    )


# --- set 4: CP, advisory services above 5 % of the grant --------------------------------------------------


def _s4() -> SettlementSet:
    powiat = _party("Powiat Osiecki", "ul. Mickiewicza 2", "87-400 Osiek", "878300126")
    adv = _party("ProGrant Doradztwo sp. z o.o.", "ul. Szosa Chełmińska 26", "87-100 Toruń", "956230818")
    hw = _party("KOMP-SERWIS Robert Wójcik", "ul. Grudziądzka 9", "87-300 Brodnica", "874160359")
    inv_a = Invoice3(
        file="FV_ProGrant_2023_04_21.pdf",
        number="FV/21/04/2023",
        issue_date=date(2023, 4, 12),
        sale_date=date(2023, 4, 12),
        seller=adv,
        buyer=powiat,
        layout="classic",
        lines=[
            Line(
                "Usługa doradcza – ocena zapotrzebowania Powiatu na sprzęt IT i opracowanie OPZ",
                D(1),
                "usł.",
                D("9800.00"),
            ),
        ],
    )
    inv_b = Invoice3(
        file="FV_KOMP_SERWIS_0719.pdf",
        number="KS/0719/2023",
        issue_date=date(2023, 7, 19),
        sale_date=date(2023, 7, 18),
        seller=hw,
        buyer=powiat,
        layout="pkwiu",
        codes=("8471 30 00", "8504 40 30"),
        lines=[
            Line("Notebook Dell Vostro 3530 i5-1335U/16GB/512GB SSD/W11Pro", D(10), "szt.", D("3240.00")),
            Line("Zasilacz awaryjny Eaton 5E 1100i USB", D(4), "szt.", D("520.00")),
        ],
    )
    pr_a = Protocol3(
        file="Protokol_odbioru_uslugi_doradczej.pdf",
        number="1/DOR/2023",
        date=date(2023, 4, 12),
        seller=adv,
        buyer=powiat,
        title="PROTOKÓŁ ODBIORU USŁUGI",
        invoice_ref=inv_a.number,
        handing_over="Beata Olszewska",
        receiving="Janusz Michalak",
        items=[ProtocolItem("Raport z oceny zapotrzebowania i opis przedmiotu zamówienia", D(1), unit="usł.")],
    )
    pr_b = Protocol3(
        file="Protokol_zdawczo_odbiorczy_notebooki.pdf",
        number="ZO/7/2023",
        date=date(2023, 7, 21),
        seller=hw,
        buyer=powiat,
        style="commission",
        place="Osieku",
        invoice_ref=inv_b.number,
        committee=("Janusz Michalak", "Dorota Lewandowska"),
        handing_over="Robert Wójcik",
        receiving="Janusz Michalak",
        items=[
            ProtocolItem("Notebook Dell Vostro 3530", D(10), serials=_serials("DV35-", 10)),
            ProtocolItem("Zasilacz awaryjny Eaton 5E 1100i", D(4)),
        ],
    )
    return SettlementSet(
        name="p3_04_cp_advisory_over_5pct",
        programme="cp",
        project_end=date(2023, 12, 31),
        grant_amount=D("150000"),
        vat_recoverable=True,
        description=(
            "CP: advisory service 9 800,00 zł net against a grant of 150 000 zł, whose 5 % cap is 7 500 zł "
            "(CP schemat, Wydatki kwalifikowalne pkt 2 ppkt 2 lit. a). The line is an eligible kind of expense; "
            "the excess over the cap must be flagged."
        ),
        invoices=[inv_a, inv_b],
        protocols=[pr_a, pr_b],
        findings=[
            ExpectedFinding(
                "advisory_cap",
                ["5 %", "5%", "5 proc", "doradcz"],
                "usługi doradcze 9 800,00 zł netto przekraczają 5 % grantu (7 500,00 zł)",
            )
        ],
    )


# --- set 5: CG, the same invoice as the seller's PDF and as its KSeF visualisation ---------------------


def _s5() -> SettlementSet:
    gmina = _party("Gmina Wierzbno", "ul. Główna 30", "07-111 Wierzbno", "824150276")
    alfa = _party("Alfa Systemy Biurowe s.c. J. Kaczmarek, M. Kaczmarek", "ul. Prusa 14", "08-110 Siedlce", "821270839")
    studio = _party("Studio Szkoleń Cyfrowych Ewa Zając", "ul. Floriańska 6", "08-110 Siedlce", "821390147")
    lines = [
        Line("Skaner Fujitsu (Ricoh) fi-8150 ADF dupleks", D(2), "szt.", D("3690.00")),
        Line("Czytnik e-dowodu ACS ACR1252U NFC", D(4), "szt.", D("165.00")),
        Line("Słuchawki Jabra Evolve2 30 SE USB-C Mono", D(6), "szt.", D("289.00")),
    ]
    common = dict(
        number="FV/2023/08/0147",
        issue_date=date(2023, 8, 9),
        sale_date=date(2023, 8, 8),
        seller=alfa,
        buyer=gmina,
    )
    inv_a = Invoice3(file="FV_2023_08_0147.pdf", layout="classic", lines=list(lines), **common)  # type: ignore[arg-type]
    inv_dup = Invoice3(
        file="KSeF_wizualizacja_FV_2023_08_0147.pdf",
        layout="ksef",
        lines=list(lines),
        is_duplicate_copy=True,
        ksef_number=_ksef(alfa.nip, date(2023, 8, 9), "7A20C3F19E88-41"),
        **common,  # type: ignore[arg-type]
    )
    inv_b = Invoice3(
        file="FV_Studio_Szkolen_2023_10_03.pdf",
        number="3/10/2023",
        issue_date=date(2023, 10, 3),
        sale_date=date(2023, 10, 3),
        seller=studio,
        buyer=gmina,
        layout="compact",
        lines=[
            Line(
                "Szkolenie z obsługi e-Urzędu i ePUAP dla pracowników UG – 1 dzień, 12 os.", D(1), "usł.", D("3200.00")
            )
        ],
    )
    pr_a = Protocol3(
        file="Protokol_odbioru_skanery.pdf",
        number="PO/08/2023/11",
        date=date(2023, 8, 10),
        seller=alfa,
        buyer=gmina,
        invoice_ref=inv_a.number,
        handing_over="Jacek Kaczmarek",
        receiving="Sylwia Kamińska",
        place="Wierzbnie",
        items=[
            ProtocolItem("Skaner Fujitsu fi-8150", D(2), serials=("A23KB01377", "A23KB01381")),
            ProtocolItem("Czytnik e-dowodu ACS ACR1252U", D(4)),
            ProtocolItem("Słuchawki Jabra Evolve2 30 SE", D(6)),
        ],
    )
    pr_b = Protocol3(
        file="Protokol_szkolenie_ePUAP.pdf",
        number="2/SZ/2023",
        date=date(2023, 10, 3),
        seller=studio,
        buyer=gmina,
        style="commission",
        place="Wierzbnie",
        invoice_ref=inv_b.number,
        committee=("Sylwia Kamińska",),
        handing_over="Ewa Zając",
        receiving="Sylwia Kamińska",
        items=[ProtocolItem("Szkolenie z obsługi e-Urzędu i ePUAP – 12 uczestników", D(1), unit="usł.")],
    )
    return SettlementSet(
        name="p3_05_cg_duplicate_ksef_copy",
        programme="cg",
        project_end=date(2023, 12, 31),
        grant_amount=D("180000"),
        vat_recoverable=False,
        description=(
            "CG: invoice FV/2023/08/0147 attached twice, as the seller's PDF and as its KSeF visualisation "
            "(another layout, another file name, no 'kopia' mark); it must be flagged and counted once."
        ),
        invoices=[inv_a, inv_dup, inv_b],
        protocols=[pr_a, pr_b],
        findings=[
            ExpectedFinding(
                "duplicate_invoice",
                ["duplik", "dwukrot", "powtarza", "powtórz", "ten sam numer", "ta sama faktura", "wielokrotn"],
                "faktura FV/2023/08/0147 złożona dwa razy (PDF sprzedawcy i wizualizacja KSeF)",
            )
        ],
    )


# --- set 6: CS, a protocol dated before the delivery ----------------------------------------------------


def _s6() -> SettlementSet:
    gmina = _party("Gmina Przyłęk", "ul. Szkolna 2", "26-704 Przyłęk", "811040395")
    npp = _party("NetProtect Polska sp. z o.o.", "ul. Puławska 145", "02-715 Warszawa", "521390674")
    soft = _party("Softinet sp. z o.o.", "ul. Wadowicka 6", "30-415 Kraków", "679310228")
    inv_a = Invoice3(
        file="FV_NetProtect_2024_10_0932.pdf",
        number="FV/NP/2024/10/0932",
        issue_date=date(2024, 10, 16),
        sale_date=date(2024, 10, 15),
        seller=npp,
        buyer=gmina,
        layout="pkwiu",
        codes=("8517 62 00", "8517 79 00"),
        lines=[
            Line(
                "Przełącznik zarządzalny HPE Aruba 2930F-24G-4SFP+ (JL253A), 802.1X, VLAN", D(3), "szt.", D("7450.00")
            ),
            Line("Moduł SFP+ 10G SR HPE J9150D", D(6), "szt.", D("690.00")),
        ],
    )
    inv_b = Invoice3(
        file="KSeF_Softinet_2024_11_0211.pdf",
        number="FA/0211/11/2024",
        issue_date=date(2024, 11, 5),
        sale_date=date(2024, 11, 5),
        seller=soft,
        buyer=gmina,
        layout="ksef",
        ksef_number=_ksef(soft.nip, date(2024, 11, 5), "E4D29B07C1A6-92"),
        lines=[Line("SentinelOne Singularity Complete (EDR) – 120 endpointów, 12 mies.", D(1), "kpl.", D("28800.00"))],
    )
    pr_a = Protocol3(
        file="Protokol_zdawczo_odbiorczy_switche.pdf",
        number="PZO/3/2024",
        date=date(2024, 10, 8),
        seller=npp,
        buyer=gmina,
        style="commission",
        place="Przyłęku",
        invoice_ref=inv_a.number,
        contract_ref="RI.272.12.2024",
        committee=("Michał Wrona", "Agata Sikora"),
        handing_over="Dariusz Kowalewski",
        receiving="Michał Wrona",
        items=[
            ProtocolItem(
                "Przełącznik HPE Aruba 2930F-24G-4SFP+ (JL253A)",
                D(3),
                serials=("SG34KLM0A1", "SG34KLM0B7", "SG34KLM0C2"),
            ),
            ProtocolItem("Moduł SFP+ 10G SR HPE J9150D", D(6)),
        ],
    )
    pr_b = Protocol3(
        file="Protokol_odbioru_EDR.pdf",
        number="PO/EDR/2024",
        date=date(2024, 11, 6),
        seller=soft,
        buyer=gmina,
        invoice_ref=inv_b.number,
        handing_over="Krzysztof Bielecki",
        receiving="Michał Wrona",
        place="Przyłęku",
        items=[ProtocolItem("SentinelOne Singularity Complete – 120 endpointów, 12 mies.", D(1), unit="kpl.")],
    )
    return SettlementSet(
        name="p3_06_cs_protocol_before_delivery",
        programme="cs",
        project_end=date(2025, 6, 30),
        grant_amount=D("600000"),
        vat_recoverable=False,
        description=(
            "CS: the switches were delivered on 15.10.2024 (invoice sale date) but their hand-over protocol is "
            "dated 08.10.2024, a week earlier; the EDR invoice and its protocol are in order."
        ),
        invoices=[inv_a, inv_b],
        protocols=[pr_a, pr_b],
        findings=[
            ExpectedFinding(
                "protocol_before_delivery",
                ["przed dostaw", "przed datą", "wcześniej", "przed sprzedaż", "przed wykonaniem", "przed wystawieniem"],
                "protokół PZO/3/2024 z 08.10.2024 jest wcześniejszy niż dostawa z 15.10.2024",
            )
        ],
    )


# --- set 7: CS, an image-only invoice scanned at 200 dpi -------------------------------------------------


def _s7() -> SettlementSet:
    powiat = _party("Powiat Zawierski", "ul. Sienkiewicza 40", "42-400 Zawiercie Górne", "649210583")
    pro = _party("ProSec Integracja sp. z o.o.", "ul. Kościuszki 227", "40-600 Katowice", "634470912")
    inv = Invoice3(
        file="skan_faktura_ProSec_0318.pdf",
        number="PS/2025/03/0318",
        issue_date=date(2025, 3, 18),
        sale_date=date(2025, 3, 17),
        seller=pro,
        buyer=powiat,
        layout="pkwiu",
        codes=("8517 62 00", "8528 52 91", "58.29.31.0"),
        scanned=True,
        lines=[
            Line("UTM Sophos XGS 126 z licencją Xstream Protection 1 rok", D(1), "szt.", D("8900.00")),
            Line('Monitor Dell P2425H 24" do konsoli administratora', D(1), "szt.", D("690.00"), expected="ineligible"),
            Line(
                "Bitdefender GravityZone Business Security Enterprise (EDR) – 60 stacji, 1 rok",
                D(1),
                "kpl.",
                D("7260.00"),
            ),
        ],
    )
    pr = Protocol3(
        file="Protokol_odbioru_UTM_EDR.pdf",
        number="PO/PS/2025/07",
        date=date(2025, 3, 19),
        seller=pro,
        buyer=powiat,
        invoice_ref=inv.number,
        handing_over="Rafał Kozieł",
        receiving="Monika Baran",
        place="Zawierciu Górnym",
        items=[
            ProtocolItem("UTM Sophos XGS 126", D(1), serials=("X12601NTR8K4C2",)),
            ProtocolItem('Monitor Dell P2425H 24"', D(1), serials=("CN-0H4K2P-2025",)),
            ProtocolItem("Bitdefender GravityZone Business Security Enterprise – 60 stacji", D(1), unit="kpl."),
        ],
    )
    return SettlementSet(
        name="p3_07_cs_scanned_three_party",
        programme="cs",
        project_end=date(2025, 12, 31),
        grant_amount=D("420000"),
        vat_recoverable=True,
        description=(
            "CS: an image-only invoice scanned at 200 dpi in the PKWiU layout; a monitor is excluded "
            "(CS schemat, Wydatki kwalifikowalne pkt 2 ppkt 2 lit. c), the UTM and the EDR are eligible."
        ),
        invoices=[inv],
        protocols=[pr],
        scanned=True,
        findings=[
            ExpectedFinding(
                "ineligible_lines",
                ["niekwalifik", "wyklucz", "monitor"],
                "a warning listing the ineligible monitor (welcome, not required)",
                required=False,
            )
        ],
    )


def build_sets() -> list[SettlementSet]:
    return [_s1(), _s2(), _s3(), _s4(), _s5(), _s6(), _s7()]
