from django import template

from lepartenariat.admin_dashboard import dashboard

register = template.Library()


@register.simple_tag(takes_context=True)
def staff_dashboard(context, app_list):
    return dashboard(app_list, context["request"].user, context["request"])
