#!/usr/bin/env python3
"""Top functions of a callgrind profile, with the rows callgrind splits per
inlined source file merged into one per function (used by scripts/bench.sh --profile).

    benches/callgrind_top.py callgrind.out.N [TOP]

self% = instructions in the function itself (inlined std code included);
incl% = with its callees (approximate: the largest of its per-file rows).
Functions of the benchmark binary itself (scaling::*) are left out.
"""
import re,sys,subprocess,collections
f=sys.argv[1]
top=int(sys.argv[2]) if len(sys.argv)>2 else 10
def table(incl):
    out=subprocess.run(['callgrind_annotate','--auto=no','--inclusive='+incl,'--threshold=100',f],capture_output=True,text=True).stdout
    tot=None;rows=[]
    for line in out.splitlines():
        m=re.match(r'\s*([\d,]+)\s+\(\s*[\d.]+%\)\s+(.*)$',line)
        if not m: continue
        n=int(m.group(1).replace(',',''));rest=m.group(2)
        if 'PROGRAM TOTALS' in rest: tot=n;continue
        rest=re.sub(r'\s+\[[^\]]*\]$','',rest)
        fn=rest.split(':',1)[1] if ':' in rest else rest
        rows.append((fn,n))
    return tot,rows
tot,rows=table('no'); self_=collections.Counter()
for fn,n in rows: self_[fn]+=n
_,rows=table('yes'); inc=collections.Counter()
for fn,n in rows: inc[fn]=max(inc[fn],n)
print(f"total Ir {tot:,}")
bench=sum(n for fn,n in self_.items() if fn.startswith('scaling::'))
print(f"(benchmark's own corpus building, excluded below: {bench/tot*100:.1f}%)")
print(" self%   incl%  function")
k=0
for fn,n in self_.most_common():
    if fn.startswith('scaling::'): continue
    print(f"{n/tot*100:6.2f}  {max(inc[fn],n)/tot*100:6.2f}  {fn}")
    k+=1
    if k>=top: break
