"""`chainlight extract` on large reports: MB/s and peak memory at 1, 10 and 50 MB, beside a plain sentence split.

    python -m benchmarks.extract.scale                    # 1, 10, 50 MB, three kinds of text (~6 min)
    python -m benchmarks.extract.scale --sizes 1,10 --kinds repeated
    python -m benchmarks.extract.scale --sizes 50 --kinds varied --jobs 1,2   # one process, then two workers

The reports are built from real report text kept in this repository (the 32 benchmark paragraphs and the
real-world set's texts, English and Korean), written to a temporary folder:

- repeated: the paragraphs verbatim, in random order (a report that repeats itself, as the issue's did);
- varied:   every figure and year in each paragraph changed at random, so most paragraphs are new text;
- one-line: the repeated text with every newline replaced by a space (one line of N MB).

Each size and kind runs in a fresh process: `chainlight.extract.extract_report` over the file with the
evidence base and the OFAC SDN list (../shared/data, when present) as the gazetteer.  Setup (the lists, the
resolver, the classifier, the Korean analyser) is timed apart; MB/s is over the extraction alone; peak MB is
the process's VmHWM and `+input` how much of it came after setup.  `--jobs` is extract_report's (the number of
worker processes for a report of 2 MB or more; default: the CPUs, as `chainlight extract`); with workers, CPU s
is the parent's and the workers' user + system time over the extraction (less sensitive than seconds to the
machine's other users), and `all PSS MB` the largest sum of the processes' proportional set sizes seen
(sampled every 0.2 s; shared copy-on-write pages counted once).  The peer, in the same run on the same file:
a plain regex sentence split read in the same 1 MB blocks (the floor: reading and cutting the bytes).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import yaml
from tests.helpers.realworld_texts import realworld_texts

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[1].parent / "shared"
KINDS = ("repeated", "varied", "one-line")


def paragraphs() -> list[str]:
    out = [p["text"] for p in yaml.safe_load((HERE / "paragraphs.yml").read_text())["paragraphs"]]
    # The unscored sets' texts stay out of the timing corpus as they stay out of tests: running the extractor
    # on them before their held-out half is scored would let a crash or a slow path found there shape the code.
    for path in realworld_texts():
        out += [p.strip() for p in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")) if len(p.strip()) > 40]
    return out


def build(path: Path, mb: float, kind: str, seed: int = 7) -> None:
    rng = random.Random(seed)
    source = paragraphs()
    target, size = int(mb * 1_000_000), 0
    with open(path, "w", encoding="utf-8") as fh:
        while size < target:
            text = rng.choice(source)
            if kind == "varied":
                text = re.sub(r"\d+", lambda m: str(rng.randint(1, 10 ** len(m.group()) - 1)), text)
            text += " " if kind == "one-line" else "\n\n"
            if kind == "one-line":
                text = text.replace("\n", " ")
            fh.write(text)
            size += len(text.encode("utf-8"))


def peak_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _pss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


class _TreePss:
    """The largest sum of PSS over this process and its children, sampled in a thread."""

    def __init__(self) -> None:
        self.peak, self._stop = 0.0, threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        me = os.getpid()
        while not self._stop.wait(0.2):
            try:
                kids = [int(k) for k in Path(f"/proc/{me}/task/{me}/children").read_text().split()]
            except OSError:
                kids = []
            self.peak = max(self.peak, _pss_mb(me) + sum(_pss_mb(k) for k in kids))

    def __enter__(self) -> _TreePss:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def _cpu() -> float:
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def child_chainlight(path: Path, jobs: int) -> dict[str, float]:
    from chainlight.classify import Classifier
    from chainlight.extract import Gazetteer
    from chainlight.extract.extractor import extract_report
    from chainlight.extract.stream import Report
    from chainlight.sources import get_reader
    from chainlight.sources.evidence import bundled_paths
    from chainlight.sources.evidence import read as read_evidence

    t0 = time.perf_counter()
    entities = list(read_evidence(list(bundled_paths())).entities)
    sdn = SHARED / "data" / "sanctions" / "ofac" / "sdn.csv"
    if sdn.exists():
        entities += get_reader("ofac-sdn").read([sdn]).entities
    gazetteer, classifier = Gazetteer(entities), Classifier()
    # warm every lazy part (the resolver's index, the Korean analyser) on one paragraph of each language
    from chainlight.extract import extract_text, korean
    from chainlight.resolve import Query
    from chainlight.resolve.translation import sino_korean

    extract_text("Inmates of the Kaechon Prison Camp and the Bureau of Corrections made wigs in 2020.\n\n"
                 "함흥 제9호 교화소에서 가발을 만들어 중국으로 수출했다.", gazetteer=gazetteer, classifier=classifier)
    sino_korean()  # the Hanja dictionary the resolver loads on its first unknown Korean word
    gazetteer.matcher.match(Query("warm", "훈춘동양실업유한공사"))  # the name index; the resolver's Korean analyser
    korean.noun_spans("훈춘동양실업유한공사, 연태대신 등")  # the extractor's own Korean analyser (its first call loads it)
    setup, base = time.perf_counter() - t0, peak_mb()
    t1, cpu = time.perf_counter(), _cpu()
    with _TreePss() as pss:
        ex = extract_report(Report(path, max_mb=0), gazetteer=gazetteer, classifier=classifier, jobs=jobs)
    seconds, cpu = time.perf_counter() - t1, _cpu() - cpu
    return {"setup": setup, "seconds": seconds, "cpu": cpu, "peak": peak_mb(), "base": base, "pss": pss.peak,
            "sentences": len(ex.sentences), "repeated": ex.repeated, "claims": len(ex.to_claims())}


def child_split(path: Path) -> dict[str, float]:
    """The floor: decode 1 MB blocks and cut sentences at . ! ? 。 and blank lines, counting them."""
    end = re.compile(r"[.!?。！？]+\s+|\n\s*\n")
    t1 = time.perf_counter()
    count, carry = 0, ""
    with open(path, encoding="utf-8") as fh:
        while block := fh.read(1 << 20):
            parts = end.split(carry + block)
            carry = parts.pop()
            count += sum(1 for p in parts if p.strip())
    count += bool(carry.strip())
    return {"seconds": time.perf_counter() - t1, "peak": peak_mb(), "sentences": count}


def run_child(which: str, path: Path, jobs: int = 1) -> dict[str, float]:
    out = subprocess.run([sys.executable, "-m", "benchmarks.extract.scale", "--child", which, str(path),
                          "--jobs", str(jobs)], capture_output=True, text=True, check=True, cwd=HERE.parents[1])
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1,10,50", help="MB, comma-separated")
    ap.add_argument("--kinds", default=",".join(KINDS))
    ap.add_argument("--jobs", default=None, help="extract_report's jobs, comma-separated (default: the CPUs)")
    ap.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args()
    from chainlight.extract.extractor import cpu_count

    if args.child:
        which, path = args.child
        jobs = int(args.jobs or cpu_count())
        print(json.dumps(child_chainlight(Path(path), jobs) if which == "chainlight" else child_split(Path(path))))
        return 0
    print(f"## extract at scale (load average {', '.join(f'{x:.2f}' for x in os.getloadavg())} at start, "
          f"{cpu_count()} CPUs)\n")
    print("| MB | text | jobs | chainlight s | CPU s | MB/s | ms/new sentence | peak MB | +input MB | all PSS MB | "
          "new sentences | repeats | claims | split s | split MB/s | ratio |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for mb in [float(s) for s in args.sizes.split(",")]:
            for kind in args.kinds.split(","):
                path = Path(tmp) / f"{kind}-{mb:g}.txt"
                build(path, mb, kind)
                size = path.stat().st_size / 1_000_000
                p = run_child("split", path)
                for jobs in [int(j) for j in (args.jobs or str(cpu_count())).split(",")]:
                    c = run_child("chainlight", path, jobs)
                    print(f"| {size:.0f} | {kind} | {jobs} | {c['seconds']:.1f} (+{c['setup']:.0f} setup) | "
                          f"{c['cpu']:.1f} | {size / c['seconds']:.2f} | "
                          f"{1000 * c['seconds'] / max(1, c['sentences']):.2f} | {c['peak']:.0f} | "
                          f"{c['peak'] - c['base']:.0f} | {c['pss']:.0f} | {c['sentences']:,.0f} | "
                          f"{c['repeated']:,.0f} | {c['claims']:,.0f} | {p['seconds']:.2f} | "
                          f"{size / p['seconds']:.1f} | {c['seconds'] / p['seconds']:.0f}x |", flush=True)
                    print(f"  (load average {', '.join(f'{x:.2f}' for x in os.getloadavg())})", flush=True)
                path.unlink()
    print(f"\nload average {', '.join(f'{x:.2f}' for x in os.getloadavg())} at the end")
    return 0


if __name__ == "__main__":
    sys.exit(main())
