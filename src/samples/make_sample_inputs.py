#!/usr/bin/env python3
"""Generate Skillgap's sample team spreadsheets.

How to run (needs openpyxl; on Debian/Ubuntu: apt-get install python3-openpyxl):

    /usr/bin/python3 src/samples/make_sample_inputs.py input

It writes three files into the folder given as its only argument (the folder is
created if missing) and prints the deliberate data mistakes with their cells:

    platform-team.xlsx    wide layout, title and note rows above the header
                          (header on row 4), no Team column, clean data
    delivery-team.csv     UTF-8 CSV (no BOM), ',' delimiter, RFC 4180 quoting,
                          header on line 1, Team column, aliases as headers,
                          level names and not-assessed markers
    cloud-operations.xlsx wide layout, header on row 1, Team column, and the
                          realistic data mistakes ('2.5', 'yes', 5, a row with
                          no name, a duplicate person, an extra 'Golang'
                          column, 'PRACTITIONER' written in capitals)

The output is deterministic: levels come from fixed role profiles plus noise
from a seeded random generator, and the .xlsx files are re-packed with fixed
timestamps so that re-running the script gives byte-identical files.

Column headers use the responsibility names, ids or aliases of the default
matrix src/main/resources/matrices/cloud-devops.yaml; keep them in step when
the matrix changes.
"""

import csv
import datetime
import io
import os
import random
import sys
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

# Responsibilities of the default matrix, in matrix order:
# id, name, required level for Cloud Engineer, required level for DevOps Engineer.
RESPONSIBILITIES = [
    ("cloud-platform-services", "Cloud platform services", 4, 2),
    ("cloud-storage", "Cloud storage", 3, 0),
    ("managed-vs-self-managed", "Managed vs self-managed services", 3, 0),
    ("cloud-migration", "Cloud migration", 3, 0),
    ("cost-management", "Cloud cost management", 3, 0),
    ("networking-firewalls", "Networking & firewalls", 4, 0),
    ("identity-access-management", "Identity & access management", 4, 0),
    ("infrastructure-security", "Infrastructure security", 3, 0),
    ("secrets-management", "Secrets management", 2, 3),
    ("backup-recovery", "Backup & recovery", 3, 0),
    ("high-availability", "High availability", 4, 0),
    ("incident-response", "Incident response", 2, 2),
    ("ci-cd-pipelines", "CI/CD pipelines", 1, 4),
    ("release-management", "Release management", 0, 3),
    ("test-automation", "Test automation", 0, 3),
    ("pipeline-security", "Pipeline security checks", 0, 3),
    ("version-control-gitops", "Version control & GitOps", 0, 3),
    ("cloud-deployment", "Cloud deployment", 2, 3),
    ("infrastructure-as-code", "Infrastructure as code", 3, 3),
    ("configuration-management", "Configuration management", 0, 3),
    ("linux-scripting", "Linux & scripting", 3, 3),
    ("containers", "Containers", 0, 3),
    ("kubernetes", "Kubernetes", 3, 3),
    ("infrastructure-monitoring", "Infrastructure monitoring", 3, 2),
    ("application-monitoring-logging", "Application monitoring & logging", 0, 3),
]
RESP_IDS = [r[0] for r in RESPONSIBILITIES]
REQUIRED = {r[0]: (r[2], r[3]) for r in RESPONSIBILITIES}

# Header text per responsibility in each file (names, a few case variants, aliases).
PLATFORM_HEADERS = {rid: name for rid, name, _, _ in RESPONSIBILITIES}
PLATFORM_HEADERS.update({
    "ci-cd-pipelines": "CI/CD Pipelines",
    "infrastructure-as-code": "Infrastructure as Code",
})

DELIVERY_HEADERS = {  # aliases; cloud-storage and managed-vs-self-managed left out
    "cloud-platform-services": "Cloud services",
    "cloud-migration": "Cloud migration",
    "cost-management": "FinOps",
    "networking-firewalls": "Networking",
    "identity-access-management": "IAM",
    "infrastructure-security": "Infrastructure security",
    "secrets-management": "Secrets",
    "backup-recovery": "Backup & recovery",
    "high-availability": "High availability",
    "incident-response": "On-call",
    "ci-cd-pipelines": "CI/CD",
    "release-management": "Release management",
    "test-automation": "Automated testing",
    "pipeline-security": "DevSecOps",
    "version-control-gitops": "Git",
    "cloud-deployment": "Cloud deployment",
    "infrastructure-as-code": "IaC",
    "configuration-management": "Ansible",
    "linux-scripting": "Linux & scripting",
    "containers": "Docker",
    "kubernetes": "K8s",
    "infrastructure-monitoring": "Monitoring",
    "application-monitoring-logging": "Logging",
}

CLOUD_OPS_HEADERS = {
    "cloud-platform-services": "Cloud platforms",
    "cloud-storage": "Storage",
    "managed-vs-self-managed": "Managed services",
    "cloud-migration": "Hybrid & multi-cloud",
    "cost-management": "Cloud costs",
    "networking-firewalls": "Networking & Firewalls",
    "identity-access-management": "IAM",
    "infrastructure-security": "Cloud security",
    "secrets-management": "Secrets management",
    "backup-recovery": "Backups",
    "high-availability": "HA",
    "incident-response": "Incident management",
    "ci-cd-pipelines": "CI/CD pipelines",
    "release-management": "Releases",
    "test-automation": "Test automation",
    "pipeline-security": "Pipeline security checks",
    "version-control-gitops": "Version control",
    "cloud-deployment": "Cloud deployment",
    "infrastructure-as-code": "Terraform",
    "configuration-management": "Configuration management",
    "linux-scripting": "Linux",
    "containers": "Containers",
    "kubernetes": "Kubernetes",
    "infrastructure-monitoring": "Observability",
    "application-monitoring-logging": "Application monitoring & logging",
}
EXTRA_COLUMN = "Golang"          # not in the matrix; inserted after Kubernetes
EXTRA_AFTER = "kubernetes"

FIXED_TIME = datetime.datetime(2026, 12, 1, 9, 0, 0)


def profile_levels(seed, cloud, devops, overrides=None):
    """Levels 0-4 for every responsibility from a role profile.

    cloud / devops: how far the person meets each role's required levels
    (1.0 = exactly the requirement). The level is the better of the two,
    plus a little seeded noise, clamped to 0-4."""
    rng = random.Random(seed)
    levels = {}
    for rid in RESP_IDS:
        req_ce, req_do = REQUIRED[rid]
        base = max(cloud * req_ce, devops * req_do)
        noise = rng.choice((-1, 0, 0, 0, 1))
        levels[rid] = max(0, min(4, int(base + 0.5) + noise))
    levels.update(overrides or {})
    return levels


# ---------------------------------------------------------------- people
# name, email, role, target role, managers, assessed on, (cloud, devops), overrides

PLATFORM_PEOPLE = [
    ("Zofia Wiśniewska", "zofia.wisniewska@example.com", "Cloud Engineer", "", "magdalena.nowak@example.com",
     datetime.date(2026, 11, 16), (1.1, 0.5), {"networking-firewalls": 4, "high-availability": 4}),
    ("Çağrı Yılmaz", "cagri.yilmaz@example.com", "DevOps Engineer", "", "magdalena.nowak@example.com",
     datetime.date(2026, 11, 16), (0.3, 1.1), {"ci-cd-pipelines": 4, "release-management": 4}),
    ("Νίκος Παπαδόπουλος", "nikos.papadopoulos@example.com", "Cloud Engineer", "", "magdalena.nowak@example.com",
     datetime.date(2026, 11, 17), (1.0, 0.4), {"cost-management": 4}),
    ("João Pereira", "joao.pereira@example.com", "DevOps Engineer", "Cloud Engineer", "magdalena.nowak@example.com",
     datetime.date(2026, 11, 17), (0.6, 1.0), {}),
    ("Haruto Sato", "haruto.sato@example.com", "Cloud Engineer", "", "henrik.berg@example.com",
     datetime.date(2026, 11, 18), (0.95, 0.35), {"cloud-migration": 4}),
    ("Sigrid Øvergaard", "sigrid.overgaard@example.com", "DevOps Engineer", "", "henrik.berg@example.com",
     datetime.date(2026, 11, 18), (0.9, 1.05), {"kubernetes": 4}),
    ("Priya Raghunathan", "priya.raghunathan@example.com", "Cloud Engineer", "DevOps Engineer",
     "henrik.berg@example.com", datetime.date(2026, 11, 19), (0.9, 0.7), {}),
    ("Lucía Fernández", "lucia.fernandez@example.com", "DevOps Engineer", "", "henrik.berg@example.com",
     datetime.date(2026, 11, 19), (0.3, 0.95), {"test-automation": 4}),
    ("Mikkel Sørensen", "mikkel.sorensen@example.com", "Cloud Engineer", "", "magdalena.nowak@example.com",
     datetime.date(2026, 11, 20), (0.55, 0.2), {}),
    ("Ayşe Demir", "ayse.demir@example.com", "DevOps Engineer", "", "magdalena.nowak@example.com",
     datetime.date(2026, 11, 20), (0.15, 0.6), {}),
    ("Tomasz Król", "tomasz.krol@example.com", "Cloud Engineer", "", "henrik.berg@example.com",
     datetime.date(2026, 11, 23), (1.0, 0.9), {}),
]

DELIVERY_PEOPLE = [
    ("Ana Lima", "ana.lima@example.com", "DevOps Engineer", "", "ricardo.souza@example.com",
     "2026-11-09", (0.3, 1.1), {}),
    ("Rahul Mehta", "rahul.mehta@example.com", "DevOps Engineer", "Cloud Engineer",
     "ricardo.souza@example.com; anika.sharma@example.com", "2026-11-09", (0.7, 1.0), {}),
    ("Kenji Watanabe", "kenji.watanabe@example.com", "Cloud Engineer", "", "ricardo.souza@example.com",
     "2026-11-10", (1.0, 0.5), {}),
    ("Eleni Georgiou", "eleni.georgiou@example.com", "DevOps Engineer", "", "ricardo.souza@example.com",
     "2026-11-10", (0.35, 0.9), {}),
    ("Guðrún Ólafsdóttir", "gudrun.olafsdottir@example.com", "DevOps Engineer", "",
     "ricardo.souza@example.com, anika.sharma@example.com", "2026-11-12", (0.4, 0.75), {}),
    ("Małgorzata Zielińska", "malgorzata.zielinska@example.com", "Cloud Engineer", "DevOps",
     "anika.sharma@example.com", "2026-11-12", (0.9, 0.8), {}),
    ("Diego Alves Costa", "diego.costa@example.com", "", "DevOps Engineer", "anika.sharma@example.com",
     "2026-11-13", (0.3, 0.6), {}),
    ("Aino Virtanen", "aino.virtanen@example.com", "DevOps Engineer", "", "anika.sharma@example.com",
     "2026-11-13", (0.5, 1.05), {"ci-cd-pipelines": 4}),
]

CLOUD_OPS_PEOPLE = [
    ("Elif Şahin", "elif.sahin@example.com", "Cloud Engineer", "", "mehmet.ozturk@example.com",
     datetime.date(2026, 10, 26), (1.1, 0.4), {"identity-access-management": 4}),
    ("Bartosz Dąbrowski", "bartosz.dabrowski@example.com", "Cloud Engineer", "", "mehmet.ozturk@example.com",
     datetime.date(2026, 10, 26), (1.0, 0.45), {}),
    ("Yuki Tanaka", "yuki.tanaka@example.com", "Cloud Engineer", "", "mehmet.ozturk@example.com",
     datetime.date(2026, 10, 27), (0.9, 0.3), {}),
    ("Ingrid Løvås", "ingrid.lovas@example.com", "Cloud Engineer", "DevOps Engineer", "mehmet.ozturk@example.com",
     datetime.date(2026, 10, 27), (0.85, 0.75), {}),
    ("Arjun Krishnamurthy", "arjun.krishnamurthy@example.com", "DevOps Engineer", "", "mehmet.ozturk@example.com",
     datetime.date(2026, 10, 28), (0.4, 1.0), {}),
    ("Dimitra Konstantinou", "dimitra.konstantinou@example.com", "Cloud Engineer", "",
     "mehmet.ozturk@example.com", datetime.date(2026, 10, 28), (1.05, 0.5), {}),
    ("Pedro Gonçalves", "pedro.goncalves@example.com", "Site Reliability Engineer", "",
     "mehmet.ozturk@example.com", datetime.date(2026, 10, 29), (0.85, 0.85), {"incident-response": 4}),
    ("Björn Lindqvist", "bjorn.lindqvist@example.com", "Cloud Engineer", "", "mehmet.ozturk@example.com",
     datetime.date(2026, 10, 29), (0.95, 0.35), {}),
    ("Carmen Ruiz Ortega", "carmen.ruiz@example.com", "DevOps Engineer", "Cloud Engineer",
     "mehmet.ozturk@example.com", datetime.date(2026, 10, 30), (0.5, 0.95), {}),
    ("Emre Aksoy", "emre.aksoy@example.com", "Cloud Engineer", "", "mehmet.ozturk@example.com",
     datetime.date(2026, 10, 30), (0.5, 0.25), {}),
    ("Sneha Iyer", "sneha.iyer@example.com", "Cloud Engineer", "", "mehmet.ozturk@example.com",
     datetime.date(2026, 11, 2), (0.95, 0.6), {}),
]


def levels_for(team_seed, index, person):
    cloud, devops = person[6]
    return profile_levels(team_seed * 100 + index, cloud, devops, person[7])


# ---------------------------------------------------------------- helpers

HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="305496")


def style_header(ws, row, ncols):
    for col in range(1, ncols + 1):
        cell = ws.cell(row=row, column=col)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="top")


def set_widths(ws, widths):
    for col, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(col)].width = width


def save_reproducibly(wb, path):
    """Save, then re-pack the zip with fixed timestamps (byte-identical reruns)."""
    wb.properties.creator = "Skillgap sample generator"
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            out = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME.timetuple()[:6])
            out.compress_type = zipfile.ZIP_DEFLATED
            out.external_attr = 0o644 << 16
            dst.writestr(out, data)


# ---------------------------------------------------------------- 1. platform-team.xlsx

def make_platform(folder):
    wb = Workbook()
    ws = wb.active
    ws.title = "Skills"
    header_row = 4
    ident = ["Name", "Email", "Role", "Target role", "Manager email", "Assessed on"]
    headers = ident + [PLATFORM_HEADERS[rid] for rid in RESP_IDS]

    ws.cell(row=1, column=1, value="Platform Team — skills review Q4 2026").font = Font(bold=True, size=14)
    ws.cell(row=2, column=1, value="Levels: 0 None · 1 Awareness · 2 Working · 3 Practitioner · 4 Expert. "
                                    "Leave a cell empty if the skill was not assessed.").font = Font(italic=True)
    # row 3 stays blank
    for col, text in enumerate(headers, start=1):
        ws.cell(row=header_row, column=col, value=text)
    style_header(ws, header_row, len(headers))

    mistakes = []
    for i, person in enumerate(PLATFORM_PEOPLE):
        name, email, role, target, managers, assessed, _, _ = person
        row = header_row + 1 + i
        levels = levels_for(1, i, person)
        values = [name, email, role, target or None, managers, assessed]
        for col, value in enumerate(values, start=1):
            ws.cell(row=row, column=col, value=value)
        ws.cell(row=row, column=6).number_format = "yyyy-mm-dd"
        for j, rid in enumerate(RESP_IDS):
            col = len(ident) + 1 + j
            value = levels[rid]
            # the one not-assessed marker: Mikkel (junior) has not been assessed on migration yet
            if name == "Mikkel Sørensen" and rid == "cloud-migration":
                value = None
                mistakes.append((f"Skills!{get_column_letter(col)}{row}", "(blank: not assessed)"))
            ws.cell(row=row, column=col, value=value)

    ws.freeze_panes = ws.cell(row=header_row + 1, column=2)
    set_widths(ws, [24, 32, 17, 17, 30, 12] + [14] * len(RESP_IDS))
    ws.row_dimensions[header_row].height = 45

    legend = wb.create_sheet("Legend")
    legend.append(["Level", "Meaning"])
    for row in [(0, "None: no exposure"),
                (1, "Awareness: knows the concepts; needs supervision to do the work"),
                (2, "Working: does routine work alone"),
                (3, "Practitioner: fully competent; handles complex cases alone"),
                (4, "Expert: leads, designs, teaches others"),
                ("empty", "not assessed")]:
        legend.append(list(row))
    style_header(legend, 1, 2)
    set_widths(legend, [10, 70])

    path = os.path.join(folder, "platform-team.xlsx")
    save_reproducibly(wb, path)
    return path, len(PLATFORM_PEOPLE), mistakes


# ---------------------------------------------------------------- 2. delivery-team.csv

LEVEL_NAMES = ["None", "Awareness", "Working", "Practitioner", "Expert"]


def make_delivery(folder):
    ident = ["Name", "Email", "Team", "Current role", "Target role", "Manager email", "Assessment date"]
    rids = [rid for rid in RESP_IDS if rid in DELIVERY_HEADERS]
    headers = ident + [DELIVERY_HEADERS[rid] for rid in rids]

    # cells written as level names or not-assessed markers instead of numbers
    special = {
        ("Ana Lima", "release-management"): "Practitioner",
        ("Kenji Watanabe", "networking-firewalls"): "expert",
        ("Aino Virtanen", "ci-cd-pipelines"): "Expert",
        ("Eleni Georgiou", "cost-management"): "N/A",
        ("Diego Alves Costa", "cloud-migration"): "-",
        ("Diego Alves Costa", "high-availability"): "",
        ("Guðrún Ólafsdóttir", "pipeline-security"): "n/a",
    }
    rows = [headers]
    notes = []
    for i, person in enumerate(DELIVERY_PEOPLE):
        name, email, role, target, managers, assessed, _, _ = person
        levels = levels_for(2, i, person)
        row = [name, email, "Delivery Team", role, target, managers, assessed]
        for j, rid in enumerate(rids):
            value = str(levels[rid])
            if (name, rid) in special:
                value = special[(name, rid)]
                col = get_column_letter(len(ident) + 1 + j)
                notes.append((f"{col}{i + 2}", repr(value)))
            row.append(value)
        rows.append(row)

    path = os.path.join(folder, "delivery-team.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        csv.writer(f, delimiter=",", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n").writerows(rows)
    return path, len(DELIVERY_PEOPLE), notes


# ---------------------------------------------------------------- 3. cloud-operations.xlsx

def make_cloud_ops(folder):
    wb = Workbook()
    ws = wb.active
    ws.title = "Skills"
    ident = ["Name", "Email", "Team", "Role", "Target role", "Manager", "Last reviewed"]
    columns = []  # responsibility id or None for the extra column
    for rid in RESP_IDS:
        columns.append(rid)
        if rid == EXTRA_AFTER:
            columns.append(None)
    headers = ident + [CLOUD_OPS_HEADERS[c] if c else EXTRA_COLUMN for c in columns]
    ws.append(headers)
    style_header(ws, 1, len(headers))
    extra_col = len(ident) + 1 + columns.index(None)
    mistakes = [(f"Skills!{get_column_letter(extra_col)}1", f"extra column {EXTRA_COLUMN!r} (not in the matrix)")]

    # deliberate rating mistakes (and one valid level name in odd case)
    bad_cells = {
        ("Yuki Tanaka", "cost-management"): (2.5, "'2.5' (a number 2.5: not a whole level)"),
        ("Arjun Krishnamurthy", "containers"): ("yes", "'yes' (not a level)"),
        ("Dimitra Konstantinou", "high-availability"): (5, "'5' (a number above the scale)"),
        ("Björn Lindqvist", "backup-recovery"): ("PRACTITIONER", "'PRACTITIONER' (valid: level 3, odd case)"),
    }
    golang = {"Arjun Krishnamurthy": 3, "Pedro Gonçalves": 2, "Carmen Ruiz Ortega": 1, "Sneha Iyer": 2}

    people = list(CLOUD_OPS_PEOPLE)
    # the row with no name (ratings filled in) goes after the 6th person,
    # the duplicate of Bartosz Dąbrowski (same email, re-entered later) at the end
    nameless = ("", "", "Cloud Engineer", "", "mehmet.ozturk@example.com",
                datetime.date(2026, 10, 28), (0.8, 0.4), {})
    duplicate = ("Bartosz Dąbrowski", "bartosz.dabrowski@example.com", "Cloud Engineer", "",
                 "mehmet.ozturk@example.com", datetime.date(2026, 11, 3), (1.0, 0.5), {"kubernetes": 4})
    rows = people[:6] + [nameless] + people[6:] + [duplicate]

    for i, person in enumerate(rows):
        name, email, role, target, managers, assessed, _, _ = person
        r = i + 2
        levels = levels_for(3, i, person)
        values = [name or None, email or None, "Cloud Operations", role, target or None, managers, assessed]
        for col, value in enumerate(values, start=1):
            ws.cell(row=r, column=col, value=value)
        ws.cell(row=r, column=7).number_format = "yyyy-mm-dd"
        for j, rid in enumerate(columns):
            col = len(ident) + 1 + j
            address = f"Skills!{get_column_letter(col)}{r}"
            if rid is None:
                value = golang.get(name)
            elif (name, rid) in bad_cells and person is not duplicate:
                value, what = bad_cells[(name, rid)]
                mistakes.append((address, what))
            else:
                value = levels[rid]
            ws.cell(row=r, column=col, value=value)
        if person is nameless:
            mistakes.append((f"Skills!A{r}", "row with no name (ratings filled in)"))
        if person is duplicate:
            first = 2 + rows.index(people[1])
            mistakes.append((f"Skills!B{r}", f"duplicate person: same email as row {first} ({name})"))

    ws.freeze_panes = "B2"
    set_widths(ws, [24, 32, 17, 24, 17, 28, 13] + [14] * len(columns))
    ws.row_dimensions[1].height = 45
    ws.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{len(rows) + 1}"

    path = os.path.join(folder, "cloud-operations.xlsx")
    save_reproducibly(wb, path)
    return path, len(people), mistakes


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: make_sample_inputs.py OUTPUT_FOLDER")
    folder = sys.argv[1]
    os.makedirs(folder, exist_ok=True)
    for make in (make_platform, make_delivery, make_cloud_ops):
        path, count, notes = make(folder)
        print(f"{path}: {count} people")
        for address, what in notes:
            print(f"    {address}  {what}")


if __name__ == "__main__":
    main()
