from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'validation.md'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_site = resolve('site')
    l_0_v = missing
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_2 = environment.filters['lower']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'lower' found.")
    try:
        t_3 = environment.filters['md']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'md' found.")
    try:
        t_4 = environment.filters['md_code']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'md_code' found.")
    try:
        t_5 = environment.filters['plural']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'plural' found.")
    pass
    l_0_v = environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'validation')
    context.vars['v'] = l_0_v
    context.exported_vars.add('v')
    yield '# Validation summary: '
    yield str(environment.finalize(t_3(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'network_name'))))
    yield '\n\n'
    yield str(environment.finalize(t_5(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'files'), 'file')))
    yield ' checked: '
    yield str(environment.finalize(t_5(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'errors'), 'error')))
    yield ', '
    yield str(environment.finalize(t_5(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'warnings'), 'warning')))
    yield ', '
    yield str(environment.finalize(t_5(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'notices'), 'notice')))
    if environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'waived'):
        pass
        yield '; '
        yield str(environment.finalize(t_5(t_1(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'waived')), 'finding')))
        yield ' waived'
    yield '.\nRun `nzconfig validate` for the same findings with their hints; `nzconfig rules` lists every rule.\n'
    if environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'stamp'):
        pass
        yield '\nGenerated at '
        yield str(environment.finalize(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'stamp')))
        yield '.\n'
    yield '\n## Findings by rule\n'
    if environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'rules'):
        pass
        yield '\n| Rule | Title | Errors | Warnings | Notices |\n| --- | --- | --- | --- | --- |\n'
        for l_1_g in environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'rules'):
            _loop_vars = {}
            pass
            yield '| ['
            yield str(environment.finalize(t_3(environment.getattr(l_1_g, 'rule'))))
            yield '](#'
            yield str(environment.finalize(t_2(environment.getattr(l_1_g, 'rule'))))
            yield ') | '
            yield str(environment.finalize(t_3(environment.getattr(l_1_g, 'title'))))
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_1_g, 'errors')))
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_1_g, 'warnings')))
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_1_g, 'notices')))
            yield ' |\n'
        l_1_g = missing
        for l_1_g in environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'rules'):
            _loop_vars = {}
            pass
            yield '\n### '
            yield str(environment.finalize(t_3(environment.getattr(l_1_g, 'rule'))))
            yield '\n\n'
            yield str(environment.finalize(t_3(environment.getattr(l_1_g, 'title'))))
            yield '\n\n'
            for l_2_f in environment.getattr(l_1_g, 'findings'):
                _loop_vars = {}
                pass
                yield '- **'
                yield str(environment.finalize(environment.getattr(l_2_f, 'severity')))
                yield '** '
                yield str(environment.finalize(t_3(environment.getattr(l_2_f, 'location'))))
                yield ': '
                yield str(environment.finalize(t_4(environment.getattr(l_2_f, 'message'))))
                if environment.getattr(l_2_f, 'hint'):
                    pass
                    yield ' (hint: '
                    yield str(environment.finalize(t_4(environment.getattr(l_2_f, 'hint'))))
                    yield ')'
                yield '\n'
            l_2_f = missing
        l_1_g = missing
    else:
        pass
        yield '\nNo findings.\n'
    yield '\n## Waived findings\n'
    if environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'waived'):
        pass
        yield '\n'
        for l_1_f in environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'waived'):
            _loop_vars = {}
            pass
            yield '- ['
            yield str(environment.finalize(t_3(environment.getattr(l_1_f, 'rule'))))
            yield '] '
            yield str(environment.finalize(t_3(environment.getattr(l_1_f, 'location'))))
            yield ': '
            yield str(environment.finalize(t_4(environment.getattr(l_1_f, 'message'))))
            yield '\n'
        l_1_f = missing
    else:
        pass
        yield '\nNone.\n'
    yield '\n## Waivers\n'
    if environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'waivers'):
        pass
        yield '\n| Rule | Applies to | Reason | Expires |\n| --- | --- | --- | --- |\n'
        for l_1_w in environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'waivers'):
            _loop_vars = {}
            pass
            yield '| '
            yield str(environment.finalize(t_3(environment.getattr(l_1_w, 'rule'))))
            if environment.getattr(l_1_w, 'title'):
                pass
                yield ' ('
                yield str(environment.finalize(t_3(environment.getattr(l_1_w, 'title'))))
                yield ')'
            yield ' | '
            yield str(environment.finalize(t_3(environment.getattr(l_1_w, 'target'))))
            yield ' | '
            yield str(environment.finalize(t_3(environment.getattr(l_1_w, 'reason'))))
            yield ' | '
            yield str(environment.finalize(t_3(environment.getattr(l_1_w, 'expires'))))
            yield ' |\n'
        l_1_w = missing
    else:
        pass
        yield '\nNo waivers (policies/waivers.yaml).\n'

blocks = {}
debug_info = '2=43&3=47&5=49&7=62&9=65&13=68&17=71&18=75&20=88&22=92&24=94&26=96&27=100&37=117&39=120&40=124&48=135&52=138&53=142'

# Generated by `python -m nzconfig.render.precompile` from templates/validation.md; do not edit.
# ruff: noqa
