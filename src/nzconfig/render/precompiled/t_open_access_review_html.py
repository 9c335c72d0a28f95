from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'open-access-review.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_site = resolve('site')
    l_0_oa = missing
    pass
    parent_template = environment.get_template('_layout.html', 'open-access-review.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_oa = environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'open_access')
    context.vars['oa'] = l_0_oa
    context.exported_vars.add('oa')
    yield from parent_template.root_render_func(context)

def block_title(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Open-access review'

def block_intro(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield '<p>Each year the collections committee examines the shared open-access list and offers members\nthe chance to opt in or out; open-access collections activated locally by enough members\nare candidates for the Network Zone. This page gathers what the repository knows for that.</p>\n'

def block_main(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_oa = resolve('oa')
    try:
        t_1 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_2 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_3 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_4 = environment.filters['plural']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'plural' found.")
    try:
        t_5 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
    pass
    yield '<h2>Candidates for the Network Zone</h2>\n'
    if environment.getattr((undefined(name='oa') if l_0_oa is missing else l_0_oa), 'review_rules'):
        pass
        for l_1_rule in environment.getattr((undefined(name='oa') if l_0_oa is missing else l_0_oa), 'review_rules'):
            _loop_vars = {}
            pass
            yield '<p>'
            yield escape(environment.finalize(environment.getattr(l_1_rule, 'rule')))
            yield ': '
            yield escape(environment.finalize(environment.getattr(l_1_rule, 'title')))
            yield '.</p>\n<ul>\n'
            for (l_2_what, l_2_value) in environment.getattr(l_1_rule, 'settings'):
                _loop_vars = {}
                pass
                yield '<li>'
                yield escape(environment.finalize(l_2_what))
                yield ': '
                yield escape(environment.finalize(l_2_value))
                yield '</li>\n'
            l_2_what = l_2_value = missing
            yield '</ul>\n'
            if environment.getattr(l_1_rule, 'unset'):
                pass
                yield '<p>'
                yield escape(environment.finalize(environment.getattr(l_1_rule, 'rule')))
                yield ' did not run: a value it needs is not set, so it has no candidates to list.</p>\n'
        l_1_rule = missing
        if environment.getattr((undefined(name='oa') if l_0_oa is missing else l_0_oa), 'candidates'):
            pass
            yield '<ul>\n'
            for l_1_f in environment.getattr((undefined(name='oa') if l_0_oa is missing else l_0_oa), 'candidates'):
                _loop_vars = {}
                pass
                yield '<li>'
                if environment.getattr(l_1_f, 'collection'):
                    pass
                    yield '<strong>'
                    yield escape(environment.finalize(environment.getattr(l_1_f, 'collection')))
                    yield '</strong>: '
                yield escape(environment.finalize(environment.getattr(l_1_f, 'message')))
                yield ' (<code>'
                yield escape(environment.finalize(environment.getattr(l_1_f, 'location')))
                yield '</code>)</li>\n'
            l_1_f = missing
            yield '</ul>\n'
        elif (not t_3(context.eval_ctx, t_5(context, environment.getattr((undefined(name='oa') if l_0_oa is missing else l_0_oa), 'review_rules'), 'unset'))):
            pass
            yield '<p>No candidates.</p>\n'
        if environment.getattr((undefined(name='oa') if l_0_oa is missing else l_0_oa), 'deferred'):
            pass
            yield '<p>Waived until a later review (policies/waivers.yaml):</p>\n<ul>\n'
            for l_1_f in environment.getattr((undefined(name='oa') if l_0_oa is missing else l_0_oa), 'deferred'):
                _loop_vars = {}
                pass
                yield '<li>'
                if environment.getattr(l_1_f, 'collection'):
                    pass
                    yield '<strong>'
                    yield escape(environment.finalize(environment.getattr(l_1_f, 'collection')))
                    yield '</strong>: '
                yield escape(environment.finalize(environment.getattr(l_1_f, 'message')))
                yield ' (<code>'
                yield escape(environment.finalize(environment.getattr(l_1_f, 'location')))
                yield '</code>)</li>\n'
            l_1_f = missing
            yield '</ul>\n'
    else:
        pass
        yield '<p>This version of nzconfig has no open-access review rule, so no candidates are listed.</p>\n'
    yield '<h2>Findings about shared open-access collections</h2>\n'
    if environment.getattr((undefined(name='oa') if l_0_oa is missing else l_0_oa), 'findings'):
        pass
        for l_1_g in environment.getattr((undefined(name='oa') if l_0_oa is missing else l_0_oa), 'findings'):
            _loop_vars = {}
            pass
            yield '<h3>'
            yield escape(environment.finalize(environment.getattr(l_1_g, 'rule')))
            yield ': '
            yield escape(environment.finalize(environment.getattr(l_1_g, 'title')))
            yield '</h3>\n<ul>\n'
            for l_2_f in environment.getattr(l_1_g, 'findings'):
                _loop_vars = {}
                pass
                yield '<li><strong class="'
                yield escape(environment.finalize(environment.getattr(l_2_f, 'severity')))
                yield '">'
                yield escape(environment.finalize(environment.getattr(l_2_f, 'severity')))
                yield '</strong> '
                yield escape(environment.finalize(environment.getattr(l_2_f, 'collection')))
                yield ': '
                yield escape(environment.finalize(environment.getattr(l_2_f, 'message')))
                yield ' (<code>'
                yield escape(environment.finalize(environment.getattr(l_2_f, 'location')))
                yield '</code>)</li>\n'
            l_2_f = missing
            yield '</ul>\n'
        l_1_g = missing
    else:
        pass
        yield '<p>None.</p>\n'
    yield '<h2>Shared open-access collections</h2>\n<p>'
    yield escape(environment.finalize(t_4(t_2(environment.getattr((undefined(name='oa') if l_0_oa is missing else l_0_oa), 'rows')), 'collection')))
    yield '; each member\'s decision as recorded in Group Settings\n(not opted in: every member with a file in institutions/ that is not in the list).</p>\n<table>\n<thead><tr><th scope="col">Collection Name</th><th scope="col">Status</th><th scope="col">Members</th><th scope="col">Opted in</th><th scope="col">Not opted in</th></tr></thead>\n<tbody>\n'
    l_1_loop = missing
    for l_1_r, l_1_loop in LoopContext(environment.getattr((undefined(name='oa') if l_0_oa is missing else l_0_oa), 'rows'), undefined):
        _loop_vars = {}
        pass
        yield '<tr><th scope="row">'
        yield escape(environment.finalize(environment.getattr(l_1_r, 'label')))
        yield '</th><td>'
        yield escape(environment.finalize(environment.getattr(l_1_r, 'status')))
        yield '</td><td class="number">'
        yield escape(environment.finalize(t_2(environment.getattr(l_1_r, 'members'))))
        yield '</td><td>'
        yield escape(environment.finalize(t_1(context.eval_ctx, environment.getattr(l_1_r, 'members'), '; ')))
        yield '</td><td>'
        yield escape(environment.finalize(t_1(context.eval_ctx, environment.getitem(environment.getattr((undefined(name='oa') if l_0_oa is missing else l_0_oa), 'not_opted_in'), environment.getattr(l_1_loop, 'index0')), '; ')))
        yield '</td></tr>\n'
    l_1_loop = l_1_r = missing
    yield '</tbody>\n</table>\n'

blocks = {'title': block_title, 'intro': block_intro, 'main': block_main}
debug_info = '2=14&3=17&4=22&5=32&10=42&12=82&13=84&14=88&16=92&17=96&20=102&21=105&24=108&26=111&27=115&30=126&33=129&36=132&37=136&45=151&46=153&47=157&49=161&50=165&58=182&63=185&64=189'

# Generated by `python -m nzconfig.render.precompile` from templates/open-access-review.html; do not edit.
# ruff: noqa
