#!/usr/bin/env python3
"""One file holding one long method that builds Docker.DotNet parameters, for long-methods.sh.

usage: long_methods.py SHAPE STATEMENTS DIRECTORY

Shapes (audit 31 found the analyzer quadratic in the length of such a method):
  writes    settings written one after another (hc.Privileged = false; p.User = "app"; ...)
  tuples    the same settings written by tuple deconstructions
  locals    a string local given once and read into p.User, STATEMENTS times
  branches  settings written in if/else, try/catch and switch statements
  uses      a setting and a list written, then the parameters used (created.Add(p)), STATEMENTS times
  gotos     labelled writes that jump to one another
  elseif    one if/else-if chain of STATEMENTS branches, each writing a setting (audit 145 Z145-6)
"""
import os
import sys

HEAD = "using System;\nusing System.Collections.Generic;\nusing Docker.DotNet.Models;\n\npublic static class Long\n{\n"
START = ['var p = new CreateContainerParameters { Image = "alpine", HostConfig = new HostConfig() };', "var hc = p.HostConfig;"]


def writes(n):
    rotation = ['hc.Privileged = {b};', 'hc.PidMode = "{ns}";', 'p.User = "{u}";', 'hc.IpcMode = "{ns}";', 'hc.ReadonlyRootfs = {b};']
    return [rotation[i % 5].format(b="true" if i % 3 == 0 else "false", ns="host" if i % 5 == 0 else "private",
                                   u="root" if i % 4 == 0 else "app") for i in range(n)]


def tuples(n):
    return [f'(hc.Privileged, hc.PidMode, p.User) = ({"true" if i % 2 else "false"}, "{"host" if i % 3 == 0 else "private"}", '
            f'"{"root" if i % 5 == 0 else "app"}");' for i in range(n)]


def locals_(n):
    lines = []
    for i in range(n):
        lines += [f'var u{i} = "{"root" if i % 7 == 0 else "app" + str(i)}";', f"p.User = u{i};"]
    return lines


def branches(n):
    forms = ["if (k == {i}) hc.Privileged = true; else hc.Privileged = false;",
             'try {{ hc.PidMode = "host"; Console.WriteLine({i}); }} catch {{ hc.PidMode = "private"; }}',
             'switch (k) {{ case {i}: p.User = "root"; break; default: p.User = "app"; break; }}',
             'if (x) hc.NetworkMode = "host";',
             "hc.Privileged = k > {i};"]
    return [forms[i % 5].format(i=i) for i in range(n)]


def uses(n):
    lines = ["var created = new List<CreateContainerParameters>();"]
    for i in range(n):
        lines += [f'hc.Privileged = {"true" if i % 2 else "false"};', f'hc.Binds = new List<string> {{ "/srv/{i}:/data" }};', "created.Add(p);"]
    return lines


def gotos(n):
    lines = ["var s = k;"]
    for i in range(n):
        lines += [f"L{i}:", f"hc.Privileged = s == {i};",
                  f'if (s % 7 == {i % 7}) {{ p.User = "{"root" if i % 2 else "app"}"; goto L{(i * 31 + 7) % n}; }}',
                  "if (s-- < 0) goto End;"]
    return lines + ["End:", "Console.WriteLine(p);"]


def elseif(n):
    return [" else ".join(f'if (k == {i}) hc.NetworkMode = "{"host" if i % 2 else "bridge"}";' for i in range(n))]


SHAPES = {"writes": writes, "tuples": tuples, "locals": locals_, "branches": branches, "uses": uses, "gotos": gotos, "elseif": elseif}


def main():
    shape, n, directory = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    body = START + SHAPES[shape](n) + ["return p;"]
    text = (HEAD + "    public static CreateContainerParameters Build(bool x, int k)\n    {\n"
            + "".join("        " + line + "\n" for line in body) + "    }\n}\n")
    os.makedirs(directory, exist_ok=True)
    with open(os.path.join(directory, "Long.cs"), "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    main()
