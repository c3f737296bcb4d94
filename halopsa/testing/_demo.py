"""Seeded demo data: a small MSP with about ten clients, their sites, users and assets, ten agents in four teams,
lookup tables, and as many tickets as asked for.

Everything comes from ``random.Random`` instances seeded with ``"<seed>:<table>"``, so the same ``seed`` and
``tickets`` always build the same data, and the tables do not disturb each other (adding actions does not change
the tickets). Times are fixed, not relative to "now": the newest ticket is opened shortly before ``ANCHOR``.
Field names follow the component schemas of Halo's OpenAPI document (Faults, Actions, Area, Users, Uname, ...).

Tickets are the only big table. They are built in one tight loop from precomputed pools, so 100,000 tickets take
a few seconds at most; actions are only made for the first ``ACTION_TICKETS`` tickets.
"""

from __future__ import annotations

import bisect
import calendar
import gc
import random
import time
from typing import Any, Dict, List, Tuple

__all__ = ["build", "iso", "ANCHOR", "ME_AGENT_ID", "ME_USER_ID", "ME_CLIENT_ID", "CLOSED_TYPE", "ACTION_TICKETS",
           "STATUS_TYPES"]

Record = Dict[str, Any]
Tables = Dict[str, Dict[int, Record]]

ANCHOR = 1751302800  # 2025-06-30T17:00:00Z: the demo's "now"
SPAN_DAYS = 900      # tickets are spread over the 900 days before ANCHOR
ACTION_TICKETS = 500  # tickets 1..500 get a few actions each

# Status `type`: Halo's TStatus carries an integer type; the fake uses 0 = open, 1 = on hold (waiting, SLA
# paused), 2 = closed. open_only/closed_only filter on it.
STATUS_TYPES = {"open": 0, "hold": 1, "closed": 2}
CLOSED_TYPE = 2

ME_AGENT_ID = 1     # GET /api/Agent/me: the agent the API application logs in as
ME_CLIENT_ID = 1    # GET /api/Client/me: the MSP's own (internal) client
ME_USER_ID = 1      # GET /api/Users/me: the user record linked to that agent


_DAYS: Dict[int, str] = {}
_MINUTES = tuple(f"T{minute // 60:02d}:{minute % 60:02d}:" for minute in range(1440))
_SECONDS = tuple(f"{second:02d}" for second in range(60))


def iso(ts: float) -> str:
    """Halo's date format in replies: UTC, no offset, e.g. 2025-06-30T17:00:00. (Hot: 100k tickets call it 400k
    times, so the day and the time of day come from tables rather than from strftime or a format string.)"""
    day, seconds = divmod(int(ts), 86400)
    prefix = _DAYS.get(day)
    if prefix is None:
        prefix = _DAYS[day] = time.strftime("%Y-%m-%d", time.gmtime(day * 86400))
    minute, second = divmod(seconds, 60)
    return prefix + _MINUTES[minute] + _SECONDS[second]


def _rng(seed: int, table: str) -> random.Random:
    return random.Random(f"{seed}:{table}")


_TOPLEVELS = ((1, "Managed Service Clients"), (2, "Pay As You Go"), (3, "Internal"))

_CLIENTS = (
    # name, toplevel, domain, inactive
    ("Halo Demo MSP (Internal)", 3, "halodemo.example", False),
    ("Acme Manufacturing", 1, "acme-mfg.example", False),
    ("Brightside Dental", 1, "brightside.example", False),
    ("Copperleaf Logistics", 1, "copperleaf.example", False),
    ("Driftwood Architects", 2, "driftwood.example", False),
    ("Evergreen Schools Trust", 1, "evergreen.example", False),
    ("Foxglove Legal LLP", 1, "foxglove.example", False),
    ("Granite Construction", 2, "granite.example", False),
    ("Harbour View Hotel", 1, "harbourview.example", False),
    ("Ironbridge Accountants", 2, "ironbridge.example", False),
    ("Juniper Health Clinic", 1, "juniperhealth.example", False),
    ("Kestrel Marketing", 2, "kestrel.example", True),
)
_SITE_NAMES = ("Head Office", "Warehouse", "Leeds Branch", "Bristol Branch", "Main Campus", "Annex")
_FIRST = ("Amelia", "Ben", "Chloe", "Daniel", "Ella", "Finn", "Grace", "Harry", "Isla", "Jack", "Katie", "Liam",
          "Mia", "Noah", "Olivia", "Priya", "Quinn", "Ravi", "Sophie", "Tom", "Uma", "Victor", "Willow", "Yusuf",
          "Zara")
_LAST = ("Adams", "Baker", "Clarke", "Davies", "Evans", "Fisher", "Green", "Hughes", "Iqbal", "Jones", "Khan",
         "Lewis", "Morris", "Nguyen", "Owen", "Patel", "Reid", "Shaw", "Taylor", "Walsh", "Young")
_JOBS = ("Office Manager", "Director", "Accountant", "Receptionist", "Engineer", "Sales Executive", "Nurse",
         "Teacher", "Designer", "Operations Lead")

_TEAMS = ((1, "Service Desk"), (2, "Second Line"), (3, "Projects"), (4, "Sales"))
_AGENTS = (
    # name, primary team id, email prefix
    ("Alex Morgan", 1, "alex.morgan"), ("Bella Carter", 1, "bella.carter"), ("Callum Price", 1, "callum.price"),
    ("Dana Brooks", 2, "dana.brooks"), ("Elliot Shaw", 2, "elliot.shaw"), ("Freya Doyle", 2, "freya.doyle"),
    ("George Hale", 3, "george.hale"), ("Hannah Lowe", 3, "hannah.lowe"), ("Isaac Webb", 4, "isaac.webb"),
    ("Jasmine Ford", 4, "jasmine.ford"),
)

_STATUSES = (
    # id, name, shortname, type, colour
    (1, "New", "NEW", 0, "#2a9d8f"), (2, "In Progress", "PROG", 0, "#e9c46a"),
    (3, "Action Required", "ACT", 0, "#f4a261"), (4, "Waiting on Customer", "WCUS", 1, "#8ecae6"),
    (5, "Waiting on Supplier", "WSUP", 1, "#219ebc"), (8, "Scheduled", "SCHED", 0, "#b5838d"),
    (9, "Closed", "CLOSED", 2, "#6c757d"), (10, "Cancelled", "CANC", 2, "#adb5bd"),
)
_OPEN_STATUS_WEIGHTS = ((1, 30), (2, 30), (3, 12), (4, 14), (5, 6), (8, 8))
_PRIORITIES = (
    # id, name, response hours, fix hours, colour
    (1, "Critical", 1, 4, "#d62828"), (2, "High", 2, 8, "#f77f00"), (3, "Medium", 4, 24, "#fcbf49"),
    (4, "Low", 8, 72, "#90be6d"),
)
_TICKET_TYPES = (
    # id, name, use
    (1, "Incident", "ticket"), (2, "Service Request", "ticket"), (3, "Change Request", "ticket"),
    (4, "Problem", "ticket"), (5, "Opportunity", "opportunity"), (6, "Project", "project"),
)
_CATEGORIES = (
    # id, type_id (category_1..4), value
    (1, 1, "Hardware>Laptop"), (2, 1, "Hardware>Desktop"), (3, 1, "Hardware>Printer"), (4, 1, "Software>Email"),
    (5, 1, "Software>Line of Business"), (6, 1, "Network>Wi-Fi"), (7, 1, "Network>VPN"),
    (8, 1, "Accounts>Password Reset"), (9, 1, "Accounts>New Starter"), (10, 1, "Security>Phishing"),
    (11, 2, "Cause>User Error"), (12, 2, "Cause>Hardware Fault"), (13, 2, "Cause>Configuration"),
)
# summary template, category id, ticket type id
_SUMMARIES = (
    ("{who} cannot log in to Outlook", 4, 1), ("Laptop will not power on", 1, 1),
    ("Printer on {floor} floor jammed again", 3, 1), ("Password reset for {who}", 8, 2),
    ("New starter: set up account for {who}", 9, 2), ("VPN drops every {n} minutes", 7, 1),
    ("Wi-Fi slow in the {room}", 6, 1), ("Suspicious email received by {who}", 10, 1),
    ("Install {app} on {who}'s PC", 5, 2), ("{app} crashes when saving", 5, 1),
    ("Desktop blue screen after update", 2, 1), ("Shared mailbox access for {who}", 4, 2),
    ("Replace toner in {room} printer", 3, 2), ("Upgrade RAM on {who}'s laptop", 1, 3),
    ("Firewall rule change for {app}", 7, 3), ("Recurring disk space alerts on file server", 2, 4),
    ("Leaver: disable account for {who}", 8, 2), ("Teams calls dropping audio", 6, 1),
    ("Monitor flickering at {who}'s desk", 2, 1), ("Request a second screen for {who}", 2, 2),
)
_DETAILS = (
    "Reported by phone. The user says it started this morning and nothing has changed on their side.",
    "Raised through the portal. Screenshot attached by the user; the error appears on every attempt.",
    "Customer emailed the service desk. They need this fixed before the end of the day if possible.",
    "Noticed by monitoring. Two other users at the same site may be affected.",
    "Follow-up to an earlier ticket; the first fix did not hold.",
)
_APPS = ("Sage", "Xero", "AutoCAD", "Adobe Acrobat", "Chrome", "Excel", "Zoom", "the CRM")
_ROOMS = ("boardroom", "reception", "kitchen", "warehouse", "design studio")
_FLOORS = ("first", "second", "third", "ground")
_OPP_SUMMARIES = ("Microsoft 365 migration", "Managed backup upsell", "Laptop refresh for {n} staff",
                  "Firewall replacement", "Cyber Essentials certification", "New office network install",
                  "VoIP phone system", "Annual support contract renewal")
_PROJECT_SUMMARIES = ("Server room relocation", "Windows 11 rollout", "Intune onboarding", "SharePoint migration",
                      "Wi-Fi survey and upgrade", "Office move", "Backup platform change")
_ASSET_TYPES = ((1, "Laptop", "LT"), (2, "Desktop", "DT"), (3, "Server", "SRV"), (4, "Printer", "PRN"),
                (5, "Firewall", "FW"), (6, "Switch", "SW"))
_SUPPLIERS = ("Dell Technologies", "Ingram Micro", "TD Synnex", "Microsoft", "Sophos", "Ubiquiti")
_ITEMS = (
    ("Dell Latitude 5440", 1, 899.0), ("Dell OptiPlex 7010", 1, 749.0), ("27in Monitor", 1, 189.0),
    ("USB-C Dock", 1, 149.0), ("Microsoft 365 Business Premium", 4, 18.1), ("Microsoft 365 Business Basic", 4, 5.6),
    ("Sophos XGS 116 Firewall", 5, 1150.0), ("Sophos Intercept X", 5, 3.2), ("UniFi U6 Pro Access Point", 6, 139.0),
    ("UniFi 24-port Switch", 6, 379.0), ("Managed Backup per device", 3, 12.5), ("Labour - Remote Support", 2, 85.0),
    ("Labour - Onsite Support", 2, 110.0), ("Wireless Keyboard and Mouse", 2, 45.0), ("Laptop Bag", 2, 29.0),
    ("Toner Cartridge", 3, 89.0), ("SSD 1TB", 3, 79.0), ("RAM 16GB", 3, 55.0), ("Headset", 2, 65.0),
    ("Server Support Pack", 2, 250.0),
)
_KB = (
    ("How to reset your password", "Use the self-service portal to reset your password.", "password reset"),
    ("Connecting to the VPN", "Install the client, then sign in with your work account.", "vpn remote"),
    ("Adding a shared mailbox in Outlook", "File > Account Settings > Change > More Settings.", "outlook email"),
    ("Clearing a printer jam", "Open tray 2 and remove the paper gently.", "printer"),
    ("Reporting a phishing email", "Use the Report button in Outlook; do not click links.", "security phishing"),
    ("Setting up multi-factor authentication", "Install the authenticator app and scan the code.", "mfa security"),
    ("Mapping a network drive", "Open File Explorer, This PC, Map network drive.", "files network"),
    ("Booking a new starter", "Raise a Service Request at least five working days before.", "onboarding"),
    ("Requesting new software", "Raise a Service Request with the product name and licence.", "software"),
    ("Working from home checklist", "Check Wi-Fi, VPN, headset and power before your first day.", "remote"),
    ("Fixing Teams audio", "Check the selected device under Settings > Devices.", "teams audio"),
    ("Freeing disk space", "Empty the recycle bin and run Disk Clean-up.", "disk"),
    ("Our support hours", "The service desk is open 08:00-17:30, Monday to Friday.", "support"),
    ("Escalation process", "Critical issues are escalated to second line after 30 minutes.", "process"),
    ("Old: legacy mail server guide", "Retired: the legacy mail server was decommissioned.", "legacy"),
)
# id, name (Halo's TOutcome `outcome`): demo actions use the first four
_OUTCOMES = ((1, "Note"), (2, "Phone Call"), (3, "Email Sent"), (4, "Remote Session"), (5, "Private Note"),
             (6, "Close Ticket"), (7, "Change Status"))
_ASSET_GROUPS = {1: "Hardware", 2: "Hardware", 3: "Hardware", 4: "Hardware", 5: "Network", 6: "Network"}
# lookupid, group name, values: the codes Halo keeps for small drop-downs (tickets carry impact, urgency, source)
_LOOKUPS = ((1, "Impact", ("High", "Medium", "Low")), (2, "Urgency", ("High", "Medium", "Low")),
            (3, "Ticket Source", ("Email", "Phone", "Portal")),
            (4, "Charge Rate", ("Remote Support", "Onsite Support", "Out of Hours")))
_LIVE = "f.fdeleted = f.fmergedintofaultid"  # Halo's "not deleted and not merged"
# name, the date column a reporting period applies to, SQL (the T-SQL subset of docs/testing.md)
_REPORTS = (
    ("Open tickets by client", "dateoccured",
     "SELECT a.aareadesc AS [Client], COUNT(*) AS [Open tickets] FROM FAULTS f JOIN AREA a ON a.aarea = f.areaint "
     f"WHERE (f.datecleared IS NULL OR f.datecleared < '1900-01-01') AND {_LIVE} "
     "GROUP BY a.aareadesc ORDER BY COUNT(*) DESC, a.aareadesc"),
    ("Tickets closed", "datecleared",
     "SELECT f.faultid AS [Ticket], f.symptom AS [Summary], a.aareadesc AS [Client], u.uname AS [Closed by], "
     "f.datecleared AS [Closed] FROM FAULTS f JOIN AREA a ON a.aarea = f.areaint "
     f"LEFT JOIN UNAME u ON u.unum = f.clearwhoint WHERE f.datecleared >= '1900-01-01' AND {_LIVE} "
     "ORDER BY f.datecleared DESC"),
    ("SLA breaches", "dateoccured",
     "SELECT f.faultid AS [Ticket], f.symptom AS [Summary], a.aareadesc AS [Client], t.tstatusdesc AS [Status], "
     "f.dateoccured AS [Opened], f.fixbydate AS [Fix by] FROM FAULTS f JOIN AREA a ON a.aarea = f.areaint "
     f"JOIN TSTATUS t ON t.tstatus = f.status WHERE f.slastate = 'O' AND {_LIVE} ORDER BY f.faultid"),
    ("Hours by agent", "actiondatecreated",
     "SELECT u.uname AS [Agent], CAST(SUM(ac.timetaken) AS decimal(10,2)) AS [Hours], COUNT(*) AS [Actions] "
     "FROM ACTIONS ac JOIN UNAME u ON u.unum = ac.whoagentid GROUP BY u.uname "
     "ORDER BY SUM(ac.timetaken) DESC, u.uname"),
    ("Agent time by client", "actiondatecreated",
     "SELECT u.uname AS [Agent], a.aareadesc AS [Client], CAST(SUM(ac.timetaken) AS decimal(10,2)) AS [Hours] "
     "FROM ACTIONS ac JOIN FAULTS f ON f.faultid = ac.faultid JOIN AREA a ON a.aarea = f.areaint "
     "JOIN UNAME u ON u.unum = ac.whoagentid GROUP BY u.uname, a.aareadesc ORDER BY u.uname, a.aareadesc"),
    ("Time to close by ticket type", "datecleared",
     "SELECT rt.rtdesc AS [Type], COUNT(*) AS [Closed tickets], "
     "CAST(AVG(DATEDIFF(minute, f.dateoccured, f.datecleared)) / 60.0 AS decimal(10,1)) AS [Average hours] "
     "FROM FAULTS f JOIN REQUESTTYPE rt ON rt.rtid = f.requesttypenew "
     f"WHERE f.datecleared >= '1900-01-01' AND {_LIVE} GROUP BY rt.rtdesc ORDER BY rt.rtdesc"),
)


def _person(rng: random.Random) -> Tuple[str, str]:
    return rng.choice(_FIRST), rng.choice(_LAST)


def _lookup_tables(seed: int) -> Tables:
    t: Tables = {}
    t["top_levels"] = {i: {"id": i, "name": n, "parentid": 0, "type": 0, "notes": ""} for i, n in _TOPLEVELS}
    t["workdays"] = {
        1: {"id": 1, "name": "Standard Business Hours", "summary": "Mon-Fri 08:00-17:30", "timezone": "GMT Standard Time",
            "start": "08:00", "end": "17:30", "incmonday": True, "inctuesday": True, "incwednesday": True,
            "incthursday": True, "incfriday": True, "incsaturday": False, "incsunday": False, "alldayssame": True,
            "holidays": []},
        2: {"id": 2, "name": "24x7", "summary": "All day, every day", "timezone": "GMT Standard Time",
            "start": "00:00", "end": "23:59", "incmonday": True, "inctuesday": True, "incwednesday": True,
            "incthursday": True, "incfriday": True, "incsaturday": True, "incsunday": True, "alldayssame": True,
            "holidays": []},
    }
    t["slas"] = {
        1: {"id": 1, "name": "Standard SLA", "workday_id": 1, "workday_name": "Standard Business Hours",
            "trackslaresponsetime": True, "trackslafixbytime": True, "responsereset": False},
        2: {"id": 2, "name": "24x7 Premium SLA", "workday_id": 2, "workday_name": "24x7",
            "trackslaresponsetime": True, "trackslafixbytime": True, "responsereset": False},
    }
    t["priorities"] = {
        pid: {"id": pid, "priorityid": pid, "slaid": 1, "name": name, "responsetime": resp, "responseunits": "h",
              "fixtime": fix, "fixunits": "h", "colour": colour, "ishidden": False}
        for pid, name, resp, fix, colour in _PRIORITIES
    }
    t["statuses"] = {
        sid: {"id": sid, "name": name, "shortname": short, "type": typ, "sequence": n + 1, "colour": colour}
        for n, (sid, name, short, typ, colour) in enumerate(_STATUSES)
    }
    t["ticket_types"] = {
        tid: {"id": tid, "name": name, "use": use, "sequence": tid, "group_id": 0, "cancreate": True,
              "agentscanselect": True, "enduserscanselect": use == "ticket", "initial_status": 1,
              "default_sla": 1, "allowattachments": True}
        for tid, name, use in _TICKET_TYPES
    }
    t["categories"] = {
        cid: {"id": cid, "type_id": typ, "value": value, "category_name": value.split(">")[0], "sla_id": 0,
              "priority_id": 0}
        for cid, typ, value in _CATEGORIES
    }
    t["teams"] = {
        tid: {"id": tid, "name": name, "sequence": tid, "forrequests": tid != 4, "foropps": tid == 4,
              "forprojects": tid == 3, "department_id": 1, "department_name": "Technical", "inactive": False}
        for tid, name in _TEAMS
    }
    agents: Dict[int, Record] = {}
    for n, (name, team_id, email) in enumerate(_AGENTS, start=1):
        first, last = name.split(" ")
        team_name = _TEAMS[team_id - 1][1]
        teams = [{"id": n * 10 + team_id, "agent_id": n, "team_id": team_id, "team_name": team_name}]
        if n in (1, 4):  # a couple of agents sit in two teams
            other = 2 if team_id == 1 else 1
            teams.append({"id": n * 10 + other, "agent_id": n, "team_id": other, "team_name": _TEAMS[other - 1][1]})
        agents[n] = {"id": n, "name": name, "firstname": first, "surname": last, "initials": first[0] + last[0],
                     "email": f"{email}@halodemo.example", "team": team_name, "teams": teams,
                     "isdisabled": False, "isapiagent": False, "is_agent": True, "jobtitle": "Engineer",
                     "colour": "#1d3557", "datecreated": iso(ANCHOR - 800 * 86400)}
    agents[1]["jobtitle"] = "Service Desk Manager"
    agents[11] = {"id": 11, "name": "API Service Account", "firstname": "API", "surname": "Service Account",
                  "initials": "AP", "email": "api@halodemo.example", "team": "Service Desk", "teams": [],
                  "isdisabled": False, "isapiagent": True, "is_agent": True, "jobtitle": "",
                  "colour": "#000000", "datecreated": iso(ANCHOR - 700 * 86400)}
    agents[12] = {"id": 12, "name": "Former Employee", "firstname": "Former", "surname": "Employee",
                  "initials": "FE", "email": "former@halodemo.example", "team": "Service Desk", "teams": [],
                  "isdisabled": True, "isapiagent": False, "is_agent": True, "jobtitle": "",
                  "colour": "#999999", "datecreated": iso(ANCHOR - 850 * 86400)}
    t["agents"] = agents
    return t


def _people_and_places(seed: int, t: Tables) -> None:
    rng = _rng(seed, "clients")
    toplevel_names = {i: n for i, n in _TOPLEVELS}
    clients: Dict[int, Record] = {}
    sites: Dict[int, Record] = {}
    users: Dict[int, Record] = {}
    for cid, (name, toplevel, domain, inactive) in enumerate(_CLIENTS, start=1):
        created = ANCHOR - rng.randint(400, 1200) * 86400
        clients[cid] = {
            "id": cid, "name": name, "toplevel_id": toplevel, "toplevel_name": toplevel_names[toplevel],
            "inactive": inactive, "colour": "#457b9d", "website": f"https://www.{domain}", "is_vip": cid == 2,
            "datecreated": iso(created), "main_site_id": 0, "main_site_name": "", "notes": f"Customer since {iso(created)[:4]}.",
            "customfields": [{"id": 10, "name": "CFAccountCode", "label": "Account code", "value": f"ACC{cid:04d}",
                              "display": f"ACC{cid:04d}"}],
        }
        site_count = 1 if cid == 1 else rng.randint(1, 3)
        for s in range(site_count):
            sid = len(sites) + 1
            site_name = _SITE_NAMES[s]
            sites[sid] = {"id": sid, "name": site_name, "client_id": cid, "client_name": name,
                          "clientsite_name": f"{name} / {site_name}", "inactive": False, "sla_id": 1,
                          "phonenumber": f"0113 496 {rng.randint(1000, 9999)}", "timezone": "GMT Standard Time",
                          "emaildomain": domain, "datecreated": iso(created), "notes": ""}
            if s == 0:
                clients[cid]["main_site_id"] = sid
                clients[cid]["main_site_name"] = site_name
            for _ in range(2 if cid == 1 else rng.randint(2, 6)):
                uid = len(users) + 1
                first, last = _person(rng)
                if uid == ME_USER_ID:
                    first, last = "Alex", "Morgan"
                users[uid] = {
                    "id": uid, "name": f"{first} {last}", "firstname": first, "surname": last,
                    "initials": first[0] + last[0], "title": rng.choice(_JOBS),
                    "emailaddress": f"{first.lower()}.{last.lower()}@{domain}",
                    "phonenumber": f"0113 496 {rng.randint(1000, 9999)}", "site_id": sid, "site_name": site_name,
                    "client_id": cid, "client_name": name, "inactive": rng.random() < 0.05 and uid != ME_USER_ID,
                    "isimportantcontact": rng.random() < 0.1, "linked_agent_id": ME_AGENT_ID if uid == ME_USER_ID else 0,
                    "datecreated": iso(created + rng.randint(0, 300) * 86400), "notes": "",
                    "customfields": [],
                }
    t["clients"], t["sites"], t["users"] = clients, sites, users

    rng = _rng(seed, "suppliers")
    t["suppliers"] = {
        n: {"id": n, "name": name, "toplevel_id": 0, "contact_name": " ".join(_person(rng)),
            "email_address": f"orders@{name.split()[0].lower()}.example", "phone_number": f"0800 {rng.randint(100000, 999999)}",
            "inactive": False, "datecreated": iso(ANCHOR - rng.randint(300, 1000) * 86400)}
        for n, name in enumerate(_SUPPLIERS, start=1)
    }

    rng = _rng(seed, "assets")
    assets: Dict[int, Record] = {}
    for site in sites.values():
        client = clients[site["client_id"]]
        prefix = "".join(w[0] for w in client["name"].split()[:2]).upper()
        for _ in range(rng.randint(1, 4)):
            aid = len(assets) + 1
            type_id, type_name, code = rng.choice(_ASSET_TYPES)
            serial = f"{rng.randint(0, 0xFFFFFF):06X}"
            supplier_id = 1 if type_id <= 3 else (5 if type_id == 5 else 6 if type_id == 6 else 2)
            assets[aid] = {
                "id": aid, "inventory_number": f"{prefix}-{code}-{aid:04d}", "key_field": f"{prefix}-{code}{aid:03d}",
                "key_field2": serial, "key_field3": "", "assettype_id": type_id, "assettype_name": type_name,
                "client_id": client["id"], "client_name": client["name"], "site_id": site["id"],
                "site_name": site["name"], "inactive": rng.random() < 0.06, "supplier_id": supplier_id,
                "supplier_name": _SUPPLIERS[supplier_id - 1],
                "warranty_end": iso(ANCHOR + rng.randint(-400, 900) * 86400), "notes": "",
                "fields": [{"id": 1, "name": "Serial Number", "value": serial}],
                "customfields": [],
            }
    t["assets"] = assets


def _tickets(seed: int, t: Tables, count: int, table: str = "tickets") -> Dict[int, Record]:
    """Ticket-shaped records (Faults). Tight loop: everything per ticket is a table lookup or a random draw."""
    rng = _rng(seed, table)
    clients, users, agents = t["clients"], t["users"], t["agents"]
    statuses, priorities, types = t["statuses"], t["priorities"], t["ticket_types"]
    categories, slas = t["categories"], t["slas"]
    active_clients = [c for c in clients.values() if not c["inactive"]]
    client_weights = [4 if c["id"] != 1 else 1 for c in active_clients]
    users_by_client: Dict[int, List[Record]] = {}
    for u in users.values():
        users_by_client.setdefault(u["client_id"], []).append(u)
    agents_by_team: Dict[int, List[Record]] = {}
    for a in agents.values():
        for membership in a["teams"]:
            agents_by_team.setdefault(membership["team_id"], []).append(a)
    team_names = dict(_TEAMS)
    open_ids = [sid for sid, _ in _OPEN_STATUS_WEIGHTS]
    open_cum = _cumulative([w for _, w in _OPEN_STATUS_WEIGHTS])
    client_cum = _cumulative(client_weights)
    pick = bisect.bisect

    if table == "tickets":
        pool: List[Tuple[str, int, int, int]] = []
        for n in range(240):
            template, cat_id, type_id = _SUMMARIES[n % len(_SUMMARIES)]
            summary = template.format(who=f"{rng.choice(_FIRST)} {rng.choice(_LAST)}", n=rng.randint(2, 30),
                                      floor=rng.choice(_FLOORS), room=rng.choice(_ROOMS), app=rng.choice(_APPS))
            pool.append((summary, cat_id, type_id, 1 if type_id != 3 and n % 3 else 2))
    elif table == "opportunities":
        pool = [(s.format(n=rng.randint(5, 80)), 0, 5, 4) for s in _OPP_SUMMARIES]
    else:
        pool = [(s, 0, 6, 3) for s in _PROJECT_SUMMARIES]

    span = SPAN_DAYS * 86400
    step = span / max(count, 1)
    start = ANCHOR - span
    records: Dict[int, Record] = {}
    random_ = rng.random
    choice = rng.choice
    for i in range(1, count + 1):
        client = active_clients[pick(client_cum, random_() * client_cum[-1])]
        user = choice(users_by_client[client["id"]])
        summary, cat_id, type_id, team_id = choice(pool)
        team_agents = agents_by_team[team_id]
        agent = choice(team_agents) if random_() > 0.1 else None
        occurred = start + i * step - random_() * step
        age_fraction = i / count
        if random_() < (0.93 if age_fraction < 0.85 else 0.35):
            status_id = 9 if random_() < 0.95 else 10
        else:
            status_id = open_ids[pick(open_cum, random_() * open_cum[-1])]
        status = statuses[status_id]
        priority = priorities[1 + int(random_() ** 1.7 * 4)]
        sla = slas[2 if client["id"] in (2, 9) else 1]
        last_action = occurred + random_() * 72 * 3600
        last_text = iso(last_action)
        closed = status["type"] == CLOSED_TYPE
        category = categories.get(cat_id)
        record = {
            "id": i, "summary": summary, "details": _DETAILS[i % len(_DETAILS)],
            "dateoccurred": iso(occurred), "status_id": status_id, "status_name": status["name"],
            "tickettype_id": type_id, "tickettype_name": types[type_id]["name"],
            "sla_id": sla["id"], "sla_name": sla["name"], "priority_id": priority["id"],
            "priority_name": priority["name"], "client_id": client["id"], "client_name": client["name"],
            "site_id": user["site_id"], "site_name": user["site_name"], "user_id": user["id"],
            "user_name": user["name"], "user_email": user["emailaddress"], "team": team_names[team_id],
            "agent_id": agent["id"] if agent else 0, "agent_name": agent["name"] if agent else None,
            "category_1": category["value"] if category else "", "categoryid_1": cat_id,
            "category_2": "", "categoryid_2": 0,
            "respondbydate": iso(occurred + priority["responsetime"] * 3600),
            "fixbydate": iso(occurred + priority["fixtime"] * 3600),
            "lastactiondate": last_text, "last_update": last_text, "dateclosed": last_text if closed else None,
            "onhold": status["type"] == 1, "flagged": random_() < 0.03, "inactive": False, "deleted": False,
            "impact": 3, "urgency": 3, "source": 1 + int(random_() * 3), "parent_id": 0, "child_count": 0,
            "attachment_count": 0, "organisation_id": 0, "supplier_id": 0, "contract_id": 0, "release_id": 0,
            "timetaken": round(random_() * 3, 2) if closed else 0.0, "estimate": 0.0,
            "customfields": [
                {"id": 1, "name": "CFSerial", "label": "Serial number", "value": f"SN-{100000 + i}",
                 "display": f"SN-{100000 + i}"},
                {"id": 2, "name": "CFBillable", "label": "Billable", "value": "Yes" if i % 4 else "No",
                 "display": "Yes" if i % 4 else "No"},
            ],
        }
        records[i] = record
    if table == "opportunities":
        for record in records.values():
            value = float(rng.randint(5, 400) * 100)
            record.update({"oppvalue": value, "oppcompanyname": record["client_name"],
                           "oppcontactname": record["user_name"], "oppemailaddress": record["user_email"],
                           "oppconversionprobability": float(rng.choice((10, 25, 50, 75, 90)))})
    elif table == "projects":
        for record in records.values():
            record.update({"startdate": record["dateoccurred"], "targetdate": iso(ANCHOR + rng.randint(10, 120) * 86400),
                           "projectcompletionpercentage": float(rng.randint(0, 100)),
                           "estimate": float(rng.randint(8, 200))})
    return records


def _cumulative(weights: List[int]) -> List[float]:
    total = 0.0
    out: List[float] = []
    for weight in weights:
        total += weight
        out.append(total)
    return out


def _actions(seed: int, t: Tables) -> Dict[int, Record]:
    rng = _rng(seed, "actions")
    actions: Dict[int, Record] = {}
    outcomes = _OUTCOMES[:4]
    notes = ("Called the user and talked them through the fix.", "Emailed the user for more detail.",
             "Connected remotely and cleared the cache; testing now.", "Escalated to second line.",
             "Waiting on the supplier for a replacement part.", "Confirmed with the user that all is working.")
    for ticket in list(t["tickets"].values())[:ACTION_TICKETS]:
        occurred = _parse(ticket["dateoccurred"])
        agent_id = ticket["agent_id"] or ME_AGENT_ID
        n_actions = rng.randint(1, 4)
        for n in range(n_actions):
            aid = len(actions) + 1
            outcome_id, outcome = rng.choice(outcomes)
            when = iso(occurred + (n + 1) * rng.randint(600, 20000))
            actions[aid] = {
                "id": aid, "ticket_id": ticket["id"], "outcome": outcome, "outcome_id": outcome_id,
                "who_type": 1, "who_agentid": agent_id, "actionby_agent_id": agent_id,
                "datetime": when, "actiondatecreated": when, "note": rng.choice(notes),
                "hiddenfromuser": rng.random() < 0.3, "important": rng.random() < 0.05,
                "timetaken": round(rng.choice((0.1, 0.25, 0.5, 1.0)), 2), "actisbillable": True,
            }
    return actions


def _parse(text: str) -> float:
    return float(calendar.timegm(time.strptime(text[:19], "%Y-%m-%dT%H:%M:%S")))


def _commercial(seed: int, t: Tables) -> None:
    clients, users = t["clients"], t["users"]
    customers = [c for c in clients.values() if c["id"] != 1]
    rng = _rng(seed, "items")
    t["items"] = {
        n: {"id": n, "name": name, "description": name, "baseprice": price,
            "costprice": round(price * 0.7, 2), "supplier_id": sup, "supplier_name": _SUPPLIERS[sup - 1],
            "quantity_in_stock": float(rng.randint(0, 40)), "assetgroup_id": 0, "taxcode": 1,
            "isrecurringitem": "365" in name or "per " in name or "Intercept" in name}
        for n, (name, sup, price) in enumerate(_ITEMS, start=1)
    }
    rng = _rng(seed, "contracts")
    contracts: Dict[int, Record] = {}
    for c in customers:
        cid = len(contracts) + 1
        start = ANCHOR - rng.randint(100, 700) * 86400
        expired = c["id"] == 12
        contracts[cid] = {
            "id": cid, "ref": f"CON-{c['id']:03d}-{cid:02d}", "client_id": c["id"], "client_name": c["name"],
            "site_id": c["main_site_id"], "site_name": c["main_site_name"], "start_date": iso(start),
            "end_date": iso(start + 365 * 86400 * (1 if expired else 3)), "expired": expired,
            "sla_id": 2 if c["id"] in (2, 9) else 1, "sla_name": "24x7 Premium SLA" if c["id"] in (2, 9) else "Standard SLA",
            "periodchargeamount": float(rng.randint(5, 60) * 50), "contract_status": "Expired" if expired else "Active",
            "billingperiod": 1, "note": "",
        }
    t["contracts"] = contracts
    rng = _rng(seed, "invoices")
    invoices: Dict[int, Record] = {}
    for c in customers:
        for k in range(3):
            iid = len(invoices) + 1
            date = ANCHOR - (k * 30 + rng.randint(1, 20)) * 86400
            lines: List[Dict[str, Any]] = []
            for ln in range(rng.randint(1, 3)):
                item = t["items"][rng.randint(1, len(_ITEMS))]
                qty = float(rng.randint(1, 5))
                lines.append({"id": iid * 10 + ln, "ihid": iid, "item_id": item["id"], "item_code": f"IT{item['id']:03d}",
                              "description": item["name"], "qty_order": qty, "unit_price": item["baseprice"],
                              "net_amount": round(qty * item["baseprice"], 2)})
            total = round(sum(line["net_amount"] for line in lines) * 1.2, 2)
            paid = k > 0
            invoices[iid] = {
                "id": iid, "invoicenumber": f"INV-{1000 + iid}", "client_id": c["id"], "client_name": c["name"],
                "sitenumber": c["main_site_id"], "site_name": c["main_site_name"], "invoice_date": iso(date),
                "duedate": iso(date + 30 * 86400), "posted": paid, "total": total,
                "amountpaid": total if paid else 0.0, "amountdue": 0.0 if paid else total, "ticket_id": 0,
                "contract_id": 0, "salesorder_id": 0, "currency": "GBP", "lines": lines,
            }
    t["invoices"] = invoices
    rng = _rng(seed, "quotations")
    quotes: Dict[int, Record] = {}
    for n in range(1, 11):
        c = customers[n % len(customers)]
        user = next(u for u in users.values() if u["client_id"] == c["id"])
        item = t["items"][rng.randint(1, len(_ITEMS))]
        qty = float(rng.randint(1, 10))
        date = ANCHOR - rng.randint(1, 120) * 86400
        total = round(qty * item["baseprice"], 2)
        quotes[n] = {
            "id": n, "title": f"Quote for {item['name']}", "client_id": c["id"], "client_name": c["name"],
            "site_id": user["site_id"], "site_name": user["site_name"], "user_id": user["id"],
            "user_name": user["name"], "ticket_id": 0, "date": iso(date), "expiry_date": iso(date + 30 * 86400),
            "status": rng.choice((0, 1, 2)), "revenue": total, "tax_total": round(total * 0.2, 2),
            "total": round(total * 1.2, 2), "agent_id": 9,
            "lines": [{"id": n * 10, "item_id": item["id"], "description": item["name"], "quantity": qty,
                       "price": item["baseprice"]}],
        }
    t["quotations"] = quotes
    rng = _rng(seed, "licences")
    licences: Dict[int, Record] = {}
    products = (("Microsoft 365 Business Premium", "Microsoft"), ("Microsoft 365 Business Basic", "Microsoft"),
                ("Sophos Intercept X", "Sophos"), ("Adobe Acrobat Pro", "Adobe"), ("AutoCAD LT", "Autodesk"))
    for n in range(1, 16):
        c = customers[n % len(customers)]
        name, vendor = products[n % len(products)]
        count = rng.randint(5, 60)
        licences[n] = {
            "id": n, "type": 1, "name": name, "count": count, "client_id": c["id"], "client_name": c["name"],
            "site_id": c["main_site_id"], "site_name": c["main_site_name"], "vendor": vendor,
            "manufacturer": vendor, "start_date": iso(ANCHOR - rng.randint(30, 600) * 86400),
            "end_date": iso(ANCHOR + rng.randint(30, 400) * 86400), "licences_in_use": rng.randint(1, count),
            "price": float(rng.randint(3, 30)), "is_active": True, "supplier_id": 4 if vendor == "Microsoft" else 2,
            "supplier_name": "Microsoft" if vendor == "Microsoft" else "Ingram Micro", "notes": "",
        }
    t["software_licences"] = licences


def _activity(seed: int, t: Tables) -> None:
    clients = t["clients"]
    rng = _rng(seed, "kb")
    t["kb_articles"] = {
        n: {"id": n, "name": name, "description": desc, "resolution": f"{desc} If that does not help, call us.",
            "tag_string": tags, "type": 0, "inactive": name.startswith("Old:"),
            "date_created": iso(ANCHOR - rng.randint(100, 800) * 86400),
            "date_edited": iso(ANCHOR - rng.randint(1, 99) * 86400), "view_count": rng.randint(0, 500),
            "useful_count": rng.randint(0, 40), "notuseful_count": rng.randint(0, 5), "creator_id": 1,
            "creator_name": "Alex Morgan"}
        for n, (name, desc, tags) in enumerate(_KB, start=1)
    }
    t["releases"] = {
        n: {"id": n, "name": f"v3.{n}.0", "releasetype_id": 1, "releasetype_name": "Minor", "product_id": 1,
            "product_name": "Client Portal", "major_version_number": 3, "minor_version_number": n,
            "patch_version_number": 0, "builddate": iso(ANCHOR - (6 - n) * 40 * 86400),
            "releasedate": iso(ANCHOR - (6 - n) * 40 * 86400 + 86400), "note": f"Release notes for 3.{n}.0",
            "sequence": n}
        for n in range(1, 6)
    }
    t["reports"] = {
        n: {"id": n, "name": name, "charttitle": name, "charttype": 0, "type": 0, "group_id": 1,
            "description": f"{name} (demo report)", "is_published": False, "sql": sql,
            "reportingperioddatefield": date_field}
        for n, (name, date_field, sql) in enumerate(_REPORTS, start=1)
    }
    t["webhooks"] = {
        1: {"id": 1, "name": "Ticket created to chat", "url": "https://hooks.example/ticket-created", "type": 0,
            "content_type": "application/json", "method": 0, "active": True, "events": []},
        2: {"id": 2, "name": "Invoice posted to accounts", "url": "https://hooks.example/invoice-posted", "type": 0,
            "content_type": "application/json", "method": 0, "active": False, "events": []},
    }
    rng = _rng(seed, "crm_notes")
    customers = [c for c in clients.values() if c["id"] != 1]
    notes = ("Quarterly review booked.", "Discussed laptop refresh budget.", "Renewal conversation started.",
             "Customer happy with response times.", "Asked about Cyber Essentials.")
    t["crm_notes"] = {
        n: {"id": n, "client_id": customers[n % len(customers)]["id"], "supplier_id": 0, "site_id": 0,
            "user_id": 0, "datetime": iso(ANCHOR - rng.randint(1, 300) * 86400), "who_agentid": 9,
            "note": rng.choice(notes), "detail": "", "timetaken": 0.25}
        for n in range(1, 21)
    }
    rng = _rng(seed, "appointments")
    appointments: Dict[int, Record] = {}
    tickets = t["tickets"]
    for n in range(1, 31):
        agent = t["agents"][1 + n % 10]
        start = ANCHOR + rng.randint(-20, 20) * 86400 + rng.choice((9, 10, 11, 13, 14, 15)) * 3600 - 17 * 3600
        ticket = tickets.get(len(tickets) - n) if len(tickets) > n else None
        client = clients[ticket["client_id"]] if ticket else clients[1 + n % 11]
        appointments[n] = {
            "id": n, "subject": (f"Onsite: {ticket['summary']}" if ticket else "Internal meeting"),
            "start_date": iso(start), "end_date": iso(start + rng.choice((1, 2, 3)) * 3600),
            "agent_id": agent["id"], "agent_name": agent["name"], "ticket_id": ticket["id"] if ticket else 0,
            "client_id": client["id"], "client_name": client["name"], "site_id": client["main_site_id"],
            "user_id": ticket["user_id"] if ticket else 0, "note": "", "is_private": False, "allday": False,
            "complete_status": 0, "appointment_type_id": 1, "appointment_type_name": "Appointment",
        }
    t["appointments"] = appointments
    rng = _rng(seed, "expenses")
    t["expenses"] = {
        n: {"id": n, "agent_id": 1 + n % 10, "fault_id": (n if n <= len(tickets) else 0), "actionnumber": 0,
            "description": rng.choice(("Parking", "Mileage", "Train fare", "Cable and adapters", "Lunch with client")),
            "amount": float(rng.randint(3, 120)), "lookup_id": 0,
            "date_added": iso(ANCHOR - rng.randint(1, 60) * 86400), "invoiceable": rng.random() < 0.5}
        for n in range(1, 21)
    }
    timesheets: Dict[int, Record] = {}
    rng = _rng(seed, "timesheets")
    for agent_id in range(1, 11):
        for day in range(5):
            tid = len(timesheets) + 1
            date = ANCHOR - 17 * 3600 - (4 - day) * 86400 - 4 * 86400
            actual = round(rng.uniform(5.5, 8.5), 2)
            timesheets[tid] = {
                "id": tid, "agent_id": agent_id, "agent_name": t["agents"][agent_id]["name"], "date": iso(date),
                "start_time": iso(date + 8 * 3600), "end_time": iso(date + 17 * 3600), "target_hours": 7.5,
                "actual_hours": actual, "break_hours": 0.5, "work_hours": 7.5,
                "percentage": round(actual / 7.5 * 100, 1), "chargeable_hours": round(actual * 0.8, 2),
                "events": [],
            }
    t["timesheets"] = timesheets


def _attachments(t: Tables) -> Tuple[Dict[int, Record], Dict[int, bytes]]:
    records: Dict[int, Record] = {}
    blobs: Dict[int, bytes] = {}
    for n, ticket in enumerate(list(t["tickets"].values())[:5], start=1):
        data = f"Log file for ticket {ticket['id']}\n{ticket['summary']}\n".encode("utf-8")
        records[n] = {"id": n, "filename": f"ticket-{ticket['id']}-log.txt", "filesize": len(data),
                      "ticket_id": ticket["id"], "action_id": 0, "type": 0, "content_type": "text/plain",
                      "isimage": False, "datecreated": ticket["dateoccurred"], "note": "", "desc": "Log file"}
        blobs[n] = data
        ticket["attachment_count"] = 1
    return records, blobs


def _families(seed: int, t: Tables) -> None:
    """A few rows for the most used families outside the 32, which the fake serves generically: tables named by
    the family's lower-cased path, fields named as the family's POST schema names them, ids that point at the
    records above."""
    t["outcome"] = {
        oid: {"id": oid, "outcome": name, "buttonname": name, "labellong": name, "sequence": oid, "hidden": False,
              "systemid": 0, "colour": "#1d3557", "sendemail": 1 if name == "Email Sent" else 0,
              "hidefromuser": name == "Private Note", "newstatus": 9 if name == "Close Ticket" else 0,
              "defaultnonbill": 0.0}
        for oid, name in _OUTCOMES
    }
    t["assettype"] = {
        tid: {"id": tid, "name": name, "tagprefix": code, "assetgroup_id": 1 if _ASSET_GROUPS[tid] == "Hardware" else 2,
              "assetgroup_name": _ASSET_GROUPS[tid], "keyfield_id": 1, "keyfield_name": "Serial Number",
              "show_to_users": True, "defaultsequence": tid, "fields": [{"id": 1, "name": "Serial Number"}]}
        for tid, name, code in _ASSET_TYPES
    }
    yes_no = [{"id": 1, "name": "Yes"}, {"id": 2, "name": "No"}]
    # the custom fields the demo records carry (tickets: 1 and 2; clients: 10), and two no record uses yet;
    # `usage` is the fake's own code for what carries the field (1 tickets, 2 clients, 3 assets)
    fields: Tuple[Tuple[int, str, str, int, int, List[Record]], ...] = (
        (1, "CFSerial", "Serial number", 0, 1, []), (2, "CFBillable", "Billable", 2, 1, yes_no),
        (3, "CFWarrantyRef", "Warranty reference", 0, 3, []), (4, "CFRenewalDate", "Renewal date", 4, 2, []),
        (10, "CFAccountCode", "Account code", 0, 2, []))
    t["fieldinfo"] = {
        fid: {"id": fid, "name": name, "label": label, "summary": label, "hint": "", "type": typ, "usage": usage,
              "custom": 1, "inputtype": 0, "searchable": True, "readonly": False, "seq": n, "values": values}
        for n, (fid, name, label, typ, usage, values) in enumerate(fields, start=1)
    }
    lookups: Dict[int, Record] = {}
    for lookup_id, group, values in _LOOKUPS:
        for sequence, name in enumerate(values, start=1):
            lid = len(lookups) + 1
            lookups[lid] = {"id": lid, "lookupid": lookup_id, "name": name, "value2": group, "sequence": sequence,
                            "inactive": False}
    t["lookup"] = lookups
    _recurring_invoices(t)
    _orders(seed, t)
    _timesheet_events(seed, t)


def _recurring_invoices(t: Tables) -> None:
    """One monthly recurring invoice per client contract (the expired contract's is disabled)."""
    sites = t["sites"]
    invoices: Dict[int, Record] = {}
    for contract in t["contracts"].values():
        rid = len(invoices) + 1
        price = contract["periodchargeamount"]
        invoices[rid] = {
            "id": rid, "client_id": contract["client_id"], "client_name": contract["client_name"],
            "sitenumber": contract["site_id"], "site_name": sites[contract["site_id"]]["name"],
            "contract_id": contract["id"], "contract_ref": contract["ref"], "is_recurring_invoice": True,
            "reference": f"Managed support {contract['ref']}", "periodname": "Monthly", "period_type": 1,
            "lastcreated": "2025-06-01T00:00:00", "nextcreationdate": "2025-07-01T00:00:00",
            "invoice_date": "2025-07-01T00:00:00", "disabled": contract["expired"], "currency": "GBP",
            "paymentterms": 30, "total": round(price * 1.2, 2),
            "lines": [{"id": rid * 10, "ihid": rid, "item_code": "SUPPORT", "item_shortdescription":
                       "Managed support (monthly)", "qty_order": 1.0, "unit_price": price, "net_amount": price,
                       "contract_id": contract["id"], "recurring_invoice_id": rid}],
        }
    t["recurringinvoice"] = invoices


def _orders(seed: int, t: Tables) -> None:
    """A sales order for each of the first eight quotations, and a purchase order from the supplier of each."""
    rng = _rng(seed, "orders")
    items = t["items"]
    sales: Dict[int, Record] = {}
    purchases: Dict[int, Record] = {}
    for quote in list(t["quotations"].values())[:8]:
        sid = len(sales) + 1
        line = quote["lines"][0]
        item = items[line["item_id"]]
        qty = line["quantity"]
        total = round(qty * item["baseprice"], 2)
        cost = round(qty * item["costprice"], 2)
        date = _parse(quote["date"]) + rng.randint(1, 10) * 86400
        shipped = sid % 3 != 0
        sales[sid] = {
            "id": sid, "title": quote["title"].replace("Quote for", "Order for"), "quotation_id": quote["id"],
            "client_id": quote["client_id"], "client_name": quote["client_name"], "site_id": quote["site_id"],
            "site_name": quote["site_name"], "user_id": quote["user_id"], "user_name": quote["user_name"],
            "ticket_id": 0, "assigned_agent": 9, "assigned_agent_name": "Isaac Webb", "date": iso(date),
            "ship_date": iso(date + 5 * 86400) if shipped else None, "open_status": 0 if shipped else 1,
            "status": 1, "total": total, "cost": cost, "profit": round(total - cost, 2), "currency": "GBP",
            "po_number": f"CUST-{1000 + sid}", "note": "",
            "lines": [{"id": sid * 10, "salesorder_id": sid, "item_id": item["id"], "name": item["name"],
                       "productcode": f"IT{item['id']:03d}", "baseprice": item["baseprice"],
                       "costprice": item["costprice"], "total_price": total,
                       "quantity_shipped": qty if shipped else 0.0}],
        }
        purchases[sid] = {
            "id": sid, "po_ref": f"PO-{2000 + sid}", "title": f"Stock for SO {sid}", "salesorder_id": sid,
            "supplier_id": item["supplier_id"], "supplier_name": item["supplier_name"],
            "client_id": quote["client_id"], "client_name": quote["client_name"], "site_id": quote["site_id"],
            "site_name": quote["site_name"], "user_id": quote["user_id"], "user_name": quote["user_name"],
            "ticket_id": 0, "date": iso(date + 86400), "status": 2 if shipped else 1, "total": cost,
            "deliver_to_us": True, "assigned_agent": 9, "assigned_agent_name": "Isaac Webb", "note": "",
            "lines": [{"id": sid * 10, "purchaseorder_id": sid, "item_id": item["id"], "name": item["name"],
                       "productcode": f"IT{item['id']:03d}", "baseprice": item["costprice"], "total_price": cost,
                       "quantity_received": qty if shipped else 0.0, "salesorder_id": sid}],
        }
    t["salesorder"] = sales
    t["purchaseorder"] = purchases


def _timesheet_events(seed: int, t: Tables) -> None:
    """The first three agents' working days of the demo timesheets: a stretch of ticket work (``event_type``
    0, the fake's code for work) and a lunch break (``event_type`` 1) each day."""
    rng = _rng(seed, "timesheet_events")
    tickets = t["tickets"]  # ids 1..N
    clients = t["clients"]
    events: Dict[int, Record] = {}
    for sheet in t["timesheets"].values():
        if sheet["agent_id"] > 3:
            continue
        day = _parse(sheet["date"])
        ticket = tickets[rng.randint(1, len(tickets))] if tickets else None
        start = day + 9 * 3600 + rng.choice((0, 15, 30)) * 60
        hours = rng.choice((1.5, 2.0, 2.5, 3.0))
        client_id = ticket["client_id"] if ticket else 1
        eid = len(events) + 1
        events[eid] = {
            "id": eid, "event_type": 0, "subject": ticket["summary"] if ticket else "Internal admin",
            "agent_id": sheet["agent_id"], "start_date": iso(start), "end_date": iso(start + hours * 3600),
            "timetaken": hours, "ticket_id": ticket["id"] if ticket else 0, "client_id": client_id,
            "customer": clients[client_id]["name"], "site_id": 0, "note": "", "break_type": 0, "break_note": "",
            "charge_type_name": "Remote Support"}
        eid += 1
        lunch = day + 12 * 3600 + 30 * 60
        events[eid] = {
            "id": eid, "event_type": 1, "subject": "Lunch", "agent_id": sheet["agent_id"], "start_date": iso(lunch),
            "end_date": iso(lunch + 1800), "timetaken": 0.5, "ticket_id": 0, "client_id": 0, "customer": "",
            "site_id": 0, "note": "", "break_type": 1, "break_note": "Lunch", "charge_type_name": ""}
    t["timesheetevent"] = events


def build(seed: int = 0, tickets: int = 200) -> Tuple[Tables, Dict[int, bytes]]:
    """Every table of the demo tenant, keyed by SDK name (a generic family's by its lower-cased path), plus the
    attachment bytes keyed by attachment id."""
    if tickets < 0:
        raise ValueError("tickets must be >= 0")
    # Building 100k nested dicts trips the cyclic GC over and over (it would triple the time); nothing here
    # makes cycles, so pause it for the build.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _build(seed, tickets)
    finally:
        if was_enabled:
            gc.enable()
            if tickets >= BIG_BUILD:
                # A million fresh objects would otherwise be walked by the cyclic collector in three pauses of
                # 0.3 s or so during the first few hundred requests (young, middle, then oldest generation).
                # One full collection now moves them all to the oldest generation, where they stay unvisited:
                # the pause is paid at start-up, not in the middle of a timed listing.
                gc.collect()


BIG_BUILD = 20_000  # tickets from which build() settles the garbage collector before returning


def _build(seed: int, tickets: int) -> Tuple[Tables, Dict[int, bytes]]:
    t = _lookup_tables(seed)
    _people_and_places(seed, t)
    t["tickets"] = _tickets(seed, t, tickets)
    t["opportunities"] = _tickets(seed, t, 40, "opportunities")
    t["projects"] = _tickets(seed, t, 15, "projects")
    t["actions"] = _actions(seed, t)
    _commercial(seed, t)
    _activity(seed, t)
    attachments, blobs = _attachments(t)
    t["attachments"] = attachments
    _families(seed, t)
    _last_updates(t)
    return t, blobs


def _last_updates(t: Tables) -> None:
    """Each record's last update (the field the listing's lastupdatefromdate filters on), where the demo did not
    set one: its creation, else a day of the demo's last year fixed by its id."""
    from ._resources import RESOURCES

    for name, res in RESOURCES.items():
        if res.updated:
            table = t.get(name, ())
            for record in table.values() if isinstance(table, dict) else table:
                if not record.get(res.updated):
                    record[res.updated] = record.get("datecreated") or iso(ANCHOR - (record["id"] * 37 % 365) * 86400)
