; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

%union.tmigr_state = type { i64, i64 }
%struct.anon.80 = type { i64, i64, i64 }

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !_
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !_
@tp_ro = constant [40 x i8] zeroinitializer, section ".rodata", align 8, !dbg !_

; Function Attrs: nounwind
@"llvm.tmigr_state:0:0$0:0" = external global i64, !llvm.preserve.access.index !_ #0
@"llvm.tmigr_state:0:0$0:1:0" = external global i64, !llvm.preserve.access.index !_ #0
@"llvm.tmigr_state:0:1$0:1:1" = external global i64, !llvm.preserve.access.index !_ #0
@"llvm.tmigr_state:0:2$0:1:2" = external global i64, !llvm.preserve.access.index !_ #0
@"llvm.tmigr_state:2:1$0:0" = external global i32, !llvm.preserve.access.index !_ #0
@"llvm.tmigr_state:2:1$0:1:0" = external global i32, !llvm.preserve.access.index !_ #0
@"llvm.tmigr_state:2:1$0:1:1" = external global i32, !llvm.preserve.access.index !_ #0
@"llvm.tmigr_state:2:1$0:1:2" = external global i32, !llvm.preserve.access.index !_ #0
define i32 @tp0_tmigr_group_set_cpu_active(i8* %ctx) #1 section "tp_btf/tmigr_group_set_cpu_active" !dbg !_ {
entry:
  %tmp2 = alloca [1 x i64], align 8, !dbg !_
  %tmp1 = alloca [1 x i64], align 8, !dbg !_
  %tmp = alloca [1 x i64], align 8, !dbg !_
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !_, metadata !DIExpression()), !dbg !_
  %zero = alloca i32, align 4, !dbg !_
  store i32 0, i32* %zero, align 4, !dbg !_
  %0 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([40 x i8], [40 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !_
  %1 = icmp eq i64 %0, 0, !dbg !_
  br i1 %1, label %pid.match, label %pid.filter, !dbg !_

return:                                           ; preds = %rec.lost4, %stat.inc6, %show.next16, %pid.filter
  ret i32 0, !dbg !_

pid.filter:                                       ; preds = %entry
  %2 = call i64 inttoptr (i64 14 to i64 ()*)() #1, !dbg !_
  %3 = lshr i64 %2, 32, !dbg !_
  %4 = icmp eq i64 %3, %0, !dbg !_
  br i1 %4, label %pid.match, label %return, !dbg !_

pid.match:                                        ; preds = %pid.filter, %entry
  %5 = getelementptr i8, i8* %ctx, i64 8, !dbg !_
  %6 = load i64, i64* @"llvm.tmigr_state:0:0$0:1:0", align 8
  %7 = getelementptr i8, i8* %5, i64 %6
  %8 = call i8* @llvm.bpf.passthrough.p0i8.p0i8(i32 _, i8* %7)
  %9 = bitcast [1 x i64]* %tmp to i8*, !dbg !_
  %10 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp, i64 0, i64 0, !dbg !_
  store i64 0, i64* %10, align 8, !dbg !_
  %11 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* nonnull %9, i32 1, i8* %8) #1, !dbg !_
  %12 = load i8, i8* %9, align 8, !dbg !_
  %13 = load i64, i64* @"llvm.tmigr_state:0:0$0:0", align 8
  %14 = getelementptr i8, i8* %5, i64 %13
  %15 = bitcast i8* %14 to %union.tmigr_state*
  %16 = call %union.tmigr_state* @llvm.bpf.passthrough.p0s_union.tmigr_states.p0s_union.tmigr_states(i32 _, %union.tmigr_state* %15)
  %17 = bitcast %union.tmigr_state* %16 to i8*, !dbg !_
  %18 = bitcast [1 x i64]* %tmp1 to i8*, !dbg !_
  %19 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp1, i64 0, i64 0, !dbg !_
  store i64 0, i64* %19, align 8, !dbg !_
  %20 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* nonnull %18, i32 4, i8* %17) #1, !dbg !_
  %21 = bitcast [1 x i64]* %tmp1 to i32*, !dbg !_
  %22 = load i32, i32* %21, align 8, !dbg !_
  %23 = bitcast [1 x i64]* %tmp2 to i8*, !dbg !_
  %24 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* nonnull %23, i32 8, i8* %5) #1, !dbg !_
  %25 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp2, i64 0, i64 0, !dbg !_
  %26 = load i64, i64* %25, align 8, !dbg !_
  %27 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 32, i64 0) #1, !dbg !_
  %.not = icmp eq i8* %27, null, !dbg !_
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !_

rec.fill:                                         ; preds = %pid.match
  %28 = zext i32 %22 to i64, !dbg !_
  %29 = zext i8 %12 to i64, !dbg !_
  %30 = bitcast i8* %27 to i64*, !dbg !_
  store i64 1, i64* %30, align 8, !dbg !_
  %31 = getelementptr i8, i8* %27, i64 8, !dbg !_
  %32 = bitcast i8* %31 to i64*, !dbg !_
  store i64 %29, i64* %32, align 8, !dbg !_
  %33 = getelementptr i8, i8* %27, i64 16, !dbg !_
  %34 = bitcast i8* %33 to i64*, !dbg !_
  store i64 %28, i64* %34, align 8, !dbg !_
  %35 = getelementptr i8, i8* %27, i64 24, !dbg !_
  %36 = bitcast i8* %35 to i64*, !dbg !_
  store i64 %26, i64* %36, align 8, !dbg !_
  %37 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #1, !dbg !_
  %38 = icmp ugt i64 %37, 65536, !dbg !_
  %39 = select i1 %38, i64 2, i64 1, !dbg !_
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %27, i64 %39) #1, !dbg !_
  br label %rec.done, !dbg !_

rec.lost:                                         ; preds = %pid.match
  %40 = bitcast i32* %zero to i8*, !dbg !_
  %41 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %40) #1, !dbg !_
  %.not17 = icmp eq i8* %41, null, !dbg !_
  br i1 %.not17, label %rec.done, label %stat.inc, !dbg !_

rec.done:                                         ; preds = %rec.lost, %stat.inc, %rec.fill
  %42 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 56, i64 0) #1, !dbg !_
  %.not18 = icmp eq i8* %42, null, !dbg !_
  br i1 %.not18, label %rec.lost4, label %rec.fill3, !dbg !_

stat.inc:                                         ; preds = %rec.lost
  %43 = bitcast i8* %41 to i64*, !dbg !_
  %44 = load i64, i64* %43, align 8, !dbg !_
  %45 = add i64 %44, 1, !dbg !_
  store i64 %45, i64* %43, align 8, !dbg !_
  br label %rec.done, !dbg !_

rec.fill3:                                        ; preds = %rec.done
  %46 = bitcast i8* %42 to i64*, !dbg !_
  store i64 4294967298, i64* %46, align 8, !dbg !_
  %47 = getelementptr i8, i8* %42, i64 8, !dbg !_
  %48 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* nonnull %9, i32 8, i8* %ctx) #1, !dbg !_
  %49 = load i64, i64* %10, align 8, !dbg !_
  %50 = bitcast i8* %47 to i64*, !dbg !_
  store i64 %49, i64* %50, align 8, !dbg !_
  %51 = getelementptr i8, i8* %42, i64 16, !dbg !_
  %52 = load i32, i32* @"llvm.tmigr_state:2:1$0:0", align 4
  %53 = call i32 @llvm.bpf.passthrough.i32.i32(i32 _, i32 %52)
  %.not20 = icmp eq i32 %53, 0, !dbg !_
  br i1 %.not20, label %show.none, label %show.member, !dbg !_

rec.lost4:                                        ; preds = %rec.done
  %54 = bitcast i32* %zero to i8*, !dbg !_
  %55 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %54) #1, !dbg !_
  %.not19 = icmp eq i8* %55, null, !dbg !_
  br i1 %.not19, label %return, label %stat.inc6, !dbg !_

stat.inc6:                                        ; preds = %rec.lost4
  %56 = bitcast i8* %55 to i64*, !dbg !_
  %57 = load i64, i64* %56, align 8, !dbg !_
  %58 = add i64 %57, 1, !dbg !_
  store i64 %58, i64* %56, align 8, !dbg !_
  br label %return, !dbg !_

show.member:                                      ; preds = %rec.fill3
  %59 = load i64, i64* @"llvm.tmigr_state:0:0$0:0", align 8
  %60 = getelementptr i8, i8* %5, i64 %59
  %61 = bitcast i8* %60 to %union.tmigr_state*
  %62 = call %union.tmigr_state* @llvm.bpf.passthrough.p0s_union.tmigr_states.p0s_union.tmigr_states(i32 _, %union.tmigr_state* %61)
  %63 = bitcast %union.tmigr_state* %62 to i8*, !dbg !_
  %64 = bitcast i8* %51 to i64*, !dbg !_
  store i64 0, i64* %64, align 8, !dbg !_
  %65 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %51, i32 4, i8* %63) #1, !dbg !_
  br label %show.next, !dbg !_

show.none:                                        ; preds = %rec.fill3
  %66 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %51, i32 8, i8* null) #1, !dbg !_
  br label %show.next, !dbg !_

show.next:                                        ; preds = %show.member, %show.none
  %67 = getelementptr i8, i8* %42, i64 24, !dbg !_
  %68 = load i32, i32* @"llvm.tmigr_state:2:1$0:1:0", align 4
  %69 = call i32 @llvm.bpf.passthrough.i32.i32(i32 _, i32 %68)
  %.not21 = icmp eq i32 %69, 0, !dbg !_
  br i1 %.not21, label %show.none9, label %show.member8, !dbg !_

show.member8:                                     ; preds = %show.next
  %70 = load i64, i64* @"llvm.tmigr_state:0:0$0:1:0", align 8
  %71 = getelementptr i8, i8* %5, i64 %70
  %72 = call i8* @llvm.bpf.passthrough.p0i8.p0i8(i32 _, i8* %71)
  %73 = bitcast i8* %67 to i64*, !dbg !_
  store i64 0, i64* %73, align 8, !dbg !_
  %74 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %67, i32 1, i8* %72) #1, !dbg !_
  br label %show.next10, !dbg !_

show.none9:                                       ; preds = %show.next
  %75 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %67, i32 8, i8* null) #1, !dbg !_
  br label %show.next10, !dbg !_

show.next10:                                      ; preds = %show.member8, %show.none9
  %76 = getelementptr i8, i8* %42, i64 32, !dbg !_
  %77 = load i32, i32* @"llvm.tmigr_state:2:1$0:1:1", align 4
  %78 = call i32 @llvm.bpf.passthrough.i32.i32(i32 _, i32 %77)
  %.not22 = icmp eq i32 %78, 0, !dbg !_
  br i1 %.not22, label %show.none12, label %show.member11, !dbg !_

show.member11:                                    ; preds = %show.next10
  %79 = load i64, i64* @"llvm.tmigr_state:0:1$0:1:1", align 8
  %80 = getelementptr i8, i8* %5, i64 %79
  %81 = call i8* @llvm.bpf.passthrough.p0i8.p0i8(i32 _, i8* %80)
  %82 = bitcast i8* %76 to i64*, !dbg !_
  store i64 0, i64* %82, align 8, !dbg !_
  %83 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %76, i32 1, i8* %81) #1, !dbg !_
  br label %show.next13, !dbg !_

show.none12:                                      ; preds = %show.next10
  %84 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %76, i32 8, i8* null) #1, !dbg !_
  br label %show.next13, !dbg !_

show.next13:                                      ; preds = %show.member11, %show.none12
  %85 = getelementptr i8, i8* %42, i64 40, !dbg !_
  %86 = load i32, i32* @"llvm.tmigr_state:2:1$0:1:2", align 4
  %87 = call i32 @llvm.bpf.passthrough.i32.i32(i32 _, i32 %86)
  %.not23 = icmp eq i32 %87, 0, !dbg !_
  br i1 %.not23, label %show.none15, label %show.member14, !dbg !_

show.member14:                                    ; preds = %show.next13
  %88 = load i64, i64* @"llvm.tmigr_state:0:2$0:1:2", align 8
  %89 = getelementptr i8, i8* %5, i64 %88
  %90 = call i8* @llvm.bpf.passthrough.p0i8.p0i8(i32 _, i8* %89)
  %91 = bitcast i8* %85 to i64*, !dbg !_
  store i64 0, i64* %91, align 8, !dbg !_
  %92 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %85, i32 2, i8* %90) #1, !dbg !_
  br label %show.next16, !dbg !_

show.none15:                                      ; preds = %show.next13
  %93 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %85, i32 8, i8* null) #1, !dbg !_
  br label %show.next16, !dbg !_

show.next16:                                      ; preds = %show.member14, %show.none15
  %94 = getelementptr i8, i8* %42, i64 48, !dbg !_
  %95 = getelementptr i8, i8* %ctx, i64 16, !dbg !_
  %96 = bitcast i8* %95 to i32*, !dbg !_
  %97 = load i32, i32* %96, align 4, !dbg !_
  %98 = zext i32 %97 to i64, !dbg !_
  %99 = bitcast i8* %94 to i64*, !dbg !_
  store i64 %98, i64* %99, align 8, !dbg !_
  %100 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #1, !dbg !_
  %101 = icmp ugt i64 %100, 65536, !dbg !_
  %102 = select i1 %101, i64 2, i64 1, !dbg !_
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %42, i64 %102) #1, !dbg !_
  br label %return, !dbg !_
}
!_ = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!_ = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!_ = !DIBasicType(name: "short unsigned int", size: 16, encoding: DW_ATE_unsigned)
!_ = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned)
!_ = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!_ = !DIBasicType(name: "unsigned long long", size: 64, encoding: DW_ATE_unsigned)
!_ = !DICompositeType(tag: DW_TAG_array_type, baseType: !_, size: 192, align: 32, elements: !_)
!_ = !DICompositeType(tag: DW_TAG_array_type, baseType: !_, size: 32, align: 32, elements: !_)
!_ = !DICompositeType(tag: DW_TAG_array_type, baseType: !_, size: 320, align: 8, elements: !_)
!_ = !DICompositeType(tag: DW_TAG_array_type, baseType: !_, size: 64, align: 64, elements: !_)
!_ = !DICompositeType(tag: DW_TAG_array_type, baseType: !_, size: 8388608, align: 32, elements: !_)
!_ = !DICompositeType(tag: DW_TAG_array_type, baseType: !_, size: 864, align: 32, elements: !_)
!_ = !DICompositeType(tag: DW_TAG_structure_type, scope: !_, file: !_, size: 128, align: 64, elements: !_)
!_ = !DICompositeType(tag: DW_TAG_structure_type, scope: !_, file: !_, size: 256, align: 64, elements: !_)
!_ = !DICompositeType(tag: DW_TAG_structure_type, scope: !_, file: !_, size: 32, elements: !_)
!_ = !DICompositeType(tag: DW_TAG_union_type, name: "tmigr_state", scope: !_, file: !_, size: 32, elements: !_)
!_ = !DIDerivedType(tag: DW_TAG_const_type, baseType: !_)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "active", scope: !_, file: !_, baseType: !_, size: 8)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !_, file: !_, baseType: !_, size: 64, align: 64, offset: 128)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !_, file: !_, baseType: !_, size: 64, align: 64, offset: 64)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !_, file: !_, baseType: !_, size: 64, align: 64, offset: 64)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "migrator", scope: !_, file: !_, baseType: !_, size: 8, offset: 8)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "seq", scope: !_, file: !_, baseType: !_, size: 16, offset: 16)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "state", scope: !_, file: !_, baseType: !_, size: 32)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !_, file: !_, baseType: !_, size: 64, align: 64)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !_, file: !_, baseType: !_, size: 64, align: 64)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !_, file: !_, baseType: !_, size: 64, align: 64, offset: 192)
!_ = !DIDerivedType(tag: DW_TAG_member, scope: !_, file: !_, baseType: !_, size: 32)
!_ = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !_, size: 64, align: 64, dwarfAddressSpace: 0)
!_ = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !_, size: 64, align: 64, dwarfAddressSpace: 0)
!_ = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !_, size: 64, align: 64, dwarfAddressSpace: 0)
!_ = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !_, size: 64, align: 64, dwarfAddressSpace: 0)
!_ = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !_, size: 64, align: 64, dwarfAddressSpace: 0)
!_ = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !_, size: 64, align: 64, dwarfAddressSpace: 0)
!_ = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!_ = !DIFile(filename: "rawtp_by_value.tp", directory: ".")
!_ = !DIGlobalVariableExpression(var: !_, expr: !DIExpression())
!_ = !DIGlobalVariableExpression(var: !_, expr: !DIExpression())
!_ = !DIGlobalVariableExpression(var: !_, expr: !DIExpression())
!_ = !DILocalVariable(name: "ctx", arg: 1, scope: !_, file: !_, line: 6, type: !_)
!_ = !DILocation(line: 6, column: 1, scope: !_)
!_ = !DILocation(line: 6, scope: !_)
!_ = !DILocation(line: 7, column: 2, scope: !_)
!_ = !DILocation(line: 8, column: 2, scope: !_)
!_ = !DISubrange(count: 1, lowerBound: 0)
!_ = !DISubrange(count: 262144, lowerBound: 0)
!_ = !DISubrange(count: 27, lowerBound: 0)
!_ = !DISubrange(count: 40, lowerBound: 0)
!_ = !DISubrange(count: 6, lowerBound: 0)
!_ = !DISubroutineType(types: !_)
!_ = !{!_, !_, !_, !_}
!_ = !{!_, !_, !_}
!_ = !{!_, !_, !_}
!_ = !{!_, !_}
!_ = !{!_, !_}
!_ = !{!_, !_}
!_ = !{!_}
!_ = !{!_}
!_ = !{!_}
!_ = !{!_}
!_ = !{!_}
!_ = !{!_}
!_ = !{i32 2, !"Debug Info Version", i32 3}
!_ = !{i32 2, !"Dwarf Version", i32 4}
!_ = distinct !DICompileUnit(language: DW_LANG_C, file: !_, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !_, splitDebugInlining: false)
!_ = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !_, file: !_, type: !_, isLocal: false, isDefinition: true, align: 64)
!_ = distinct !DIGlobalVariable(name: "tp_ro", linkageName: "tp_ro", scope: !_, file: !_, type: !_, isLocal: false, isDefinition: true, align: 64)
!_ = distinct !DIGlobalVariable(name: "tp_stats", linkageName: "tp_stats", scope: !_, file: !_, type: !_, isLocal: false, isDefinition: true, align: 64)
!_ = distinct !DISubprogram(name: "tp0_tmigr_group_set_cpu_active", linkageName: "tp0_tmigr_group_set_cpu_active", scope: !_, file: !_, line: 6, type: !_, scopeLine: 6, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !_, retainedNodes: !_)
!llvm.dbg.cu = !{!_}
!llvm.module.flags = !{!_, !_}
; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
; Function Attrs: nofree nosync nounwind readnone willreturn
; Function Attrs: nofree nosync nounwind readnone willreturn
; Function Attrs: nounwind readnone
; Function Attrs: nounwind readnone
; Function Attrs: nounwind readnone
; Function Attrs: nounwind readnone
attributes #0 = { "btf_ama" }
attributes #1 = { nounwind }
attributes #2 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #3 = { nofree nosync nounwind readnone willreturn }
attributes #4 = { nounwind readnone }
declare %union.tmigr_state* @llvm.bpf.passthrough.p0s_union.tmigr_states.p0s_union.tmigr_states(i32, %union.tmigr_state*) #4
declare %union.tmigr_state* @llvm.preserve.union.access.index.p0s_union.tmigr_states.p0s_union.tmigr_states(%union.tmigr_state*, i32 immarg) #3
declare i32 @llvm.bpf.passthrough.i32.i32(i32, i32) #4
declare i32 @llvm.bpf.preserve.field.info.p0i8(i8*, i64 immarg) #4
declare i8* @llvm.bpf.passthrough.p0i8.p0i8(i32, i8*) #4
declare i8* @llvm.preserve.struct.access.index.p0i8.p0s_struct.anon.80s(%struct.anon.80*, i32 immarg, i32 immarg) #3
declare void @llvm.dbg.value(metadata, metadata, metadata) #2
